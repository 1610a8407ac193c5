import sys
import helper_mod
import helper_mod as again
print(helper_mod.f(1), again is helper_mod, helper_mod.__name__, helper_mod.__doc__)
print(helper_mod.__file__.endswith("helper_mod.py"), "helper_mod" in sys.modules)
from helper_mod import f, X
print(f(2), X, helper_mod.calls)
import pkg
print(pkg.NAME, pkg.value, pkg.util.quad(3), pkg.__package__, pkg.core.double(5))
import pkg.sub.leaf
print(pkg.sub.leaf.LEAF, pkg.sub.leaf.__package__, pkg.sub.leaf.__name__)
from pkg.util import LEAF, quad
print(LEAF, quad(1))
from pkg import core
print(core.value)
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from pkg import nothing_here
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    import pkg.bad
except ImportError as e:
    print("ImportError", e)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e)
