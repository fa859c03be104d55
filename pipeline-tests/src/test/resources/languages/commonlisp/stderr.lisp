(let ((a (read)) (b (read)))
  (format *error-output* "debug~%")
  (format t "~a~%" (+ a b)))
