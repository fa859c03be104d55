(let [[a b] (map parse-long (clojure.string/split (clojure.string/trim (read-line)) #"\s+"))]
  (binding [*out* *err*] (println "debug"))
  (println (+ a b)))
