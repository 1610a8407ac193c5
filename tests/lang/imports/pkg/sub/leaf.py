from ..core import value as core_value
LEAF = "leaf-%d" % core_value
