#import <Foundation/Foundation.h>
#include <string.h>

int main(void)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSMutableArray *blocks = [NSMutableArray array];
    for (int i = 0; i < 1024; i++) {
        NSMutableData *d = [NSMutableData dataWithLength:1 << 20];
        memset([d mutableBytes], i + 1, 1 << 20);   /* touch every byte */
        [blocks addObject:d];
    }
    printf("%lu\n", (unsigned long)[blocks count]);
    [pool drain];
    return 0;
}
