/* Connects to 127.0.0.1:argv[1] (a listener the test opened on the host). */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(atoi(argv[1])) };
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    if (s >= 0 && connect(s, (struct sockaddr *) &a, sizeof(a)) == 0) {
        write(s, "hello from the box\n", 19);
        printf("connected\n");
    } else {
        printf("connect failed\n");
    }
    return 0;
}
