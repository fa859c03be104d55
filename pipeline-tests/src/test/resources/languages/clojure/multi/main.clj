(require '[helper :refer [add]])
(let [[a b] (map parse-long (clojure.string/split (clojure.string/trim (read-line)) #"\s+"))]
  (println (add a b)))
