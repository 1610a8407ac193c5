from __future__ import annotations
from __future__ import division, generator_stop
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag, f)
print(7 / 2, division.compiler_flag)


def g():
    yield 1
    return 2


print(list(g()))
