# Two value-pattern keys that are equal: ValueError when reached.
class Keys:
    NAME = "name"
    ALIAS = "name"


print("before")
match {"name": 1, "other": 2}:
    case {Keys.NAME: _, Keys.ALIAS: _}:
        print("unreachable")
