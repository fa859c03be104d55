(loop [i 0]
  (recur (bit-and (inc i) 0xffffff)))
