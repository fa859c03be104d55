#import "Helper.h"

@implementation Helper
+ (long long)add:(long long)a to:(long long)b
{
    return a + b;
}
@end
