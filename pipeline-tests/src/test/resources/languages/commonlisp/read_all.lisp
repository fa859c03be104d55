(let ((s 0))
  (loop for x = (read *standard-input* nil nil)
        while x do (incf s x))
  (format t "~a~%" s))
