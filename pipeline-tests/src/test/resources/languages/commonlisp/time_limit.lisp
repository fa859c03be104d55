(let ((i 0))
  (declare (type fixnum i))
  (loop (setf i (logand (1+ i) #xffffff))))
