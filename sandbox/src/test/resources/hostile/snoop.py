import os, socket
for path in ["/etc/shadow", "/proc/1/environ", "/root"]:
    try:
        open(path).read() if not os.path.isdir(path) else os.listdir(path)
        print(path, "READ")
    except OSError:
        print(path, "denied")
try:
    socket.create_connection(("127.0.0.1", 22), timeout=1)
    print("network REACHED")
except OSError:
    print("network denied")
