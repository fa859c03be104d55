#import <Foundation/Foundation.h>
#include <stdio.h>

int main(void)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    NSString *s = [NSString stringWithFormat:@"%lld", a + b];
    printf("%s\n", [s UTF8String]);
    [pool drain];
    return 0;
}
