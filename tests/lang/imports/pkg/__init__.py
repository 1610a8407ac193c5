from .core import value
from . import util
NAME = "pkg"
