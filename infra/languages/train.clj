; Trains Clojure's class-data-sharing archive (infra/scripts/languages.sh): what contest code
; does, so the classes it loads are in the archive. Reads numbers from stdin, prints results.
(require '[clojure.string :as str])
(let [lines (line-seq (java.io.BufferedReader. *in*))
      nums (mapv parse-long (mapcat #(str/split (str/trim %) #"\s+") lines))
      freq (frequencies nums)
      sorted (sort > nums)
      acc (loop [i 0 s 0] (if (< i (count nums)) (recur (inc i) (+ s (nth nums i))) s))]
  (println (reduce + nums) acc (apply max nums) (count (set nums)))
  (println (str/join " " (take 5 sorted)) (get freq 3 0))
  (println (format "%.3f %d %s" (/ (double acc) (count nums)) (long (Math/sqrt acc)) (pr-str (vec (range 3)))))
  (let [m (transient {})] (doseq [x nums] (assoc! m x (* x x))) (println (count (persistent! m))))
  (println (->> nums (filter even?) (map inc) (partition-all 2) (map vec) first))
  (println (parse-double "2.5") (Integer/parseInt "7") (str (StringBuilder. "ok"))))
