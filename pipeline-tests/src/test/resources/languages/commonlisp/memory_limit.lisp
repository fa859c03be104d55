;; keep ~1 GiB of filled 1 MiB byte vectors alive
(defvar *keep* nil)
(dotimes (i 1024)
  (push (make-array 1048576 :element-type '(unsigned-byte 8) :initial-element (mod i 256)) *keep*))
(format t "~a~%" (length *keep*))
