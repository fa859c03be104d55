(let ((a (read)) (b (read)))
  (format t "~a~%" (/ (+ a b) 0)))   ; DIVISION-BY-ZERO, uncaught: --script exits non-zero
