#import <Foundation/Foundation.h>
#import "Helper.h"
#include <stdio.h>

int main(void)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    printf("%lld\n", [Helper add:a to:b]);
    [pool drain];
    return 0;
}
