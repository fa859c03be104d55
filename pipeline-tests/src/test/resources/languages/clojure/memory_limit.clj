;; keep ~1 GiB of filled 1 MiB arrays alive
(def keep-alive (java.util.ArrayList.))
(dotimes [i 1024]
  (let [a (byte-array (bit-shift-left 1 20))]
    (java.util.Arrays/fill a (byte (- (mod i 256) 128)))
    (.add keep-alive a)))
(println (.size keep-alive))
