(load "helper.lisp")
(let ((a (read)) (b (read)))
  (format t "~a~%" (add a b)))
