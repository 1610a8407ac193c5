# ModuleNotFoundError: No module named 'nope'.
import math
print(math.floor(1.5))
import nope
