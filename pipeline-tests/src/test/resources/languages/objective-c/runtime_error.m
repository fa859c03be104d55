#import <Foundation/Foundation.h>

int main(void)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSArray *a = [NSArray arrayWithObjects:@"x", @"y", nil];
    NSLog(@"%@", [a objectAtIndex:5]);   /* NSRangeException, uncaught */
    [pool drain];
    return 0;
}
