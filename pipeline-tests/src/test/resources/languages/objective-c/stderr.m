#import <Foundation/Foundation.h>
#include <stdio.h>

int main(void)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    fprintf(stderr, "debug\n");
    printf("%lld\n", a + b);
    [pool drain];
    return 0;
}
