(println
  (reduce + 0 (map parse-long (remove empty? (clojure.string/split (slurp *in*) #"\s+")))))
