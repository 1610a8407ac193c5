from .core import double
from .sub.leaf import LEAF


def quad(x):
    return double(double(x))
