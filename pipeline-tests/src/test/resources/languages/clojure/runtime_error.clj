(let [[a b] (map parse-long (clojure.string/split (clojure.string/trim (read-line)) #"\s+"))]
  (println (quot a (- b b))))
