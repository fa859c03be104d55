#import <Foundation/Foundation.h>

@interface Helper : NSObject
+ (long long)add:(long long)a to:(long long)b;
@end
