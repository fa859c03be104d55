(ns helper)
(defn add [a b] (+ a b))
