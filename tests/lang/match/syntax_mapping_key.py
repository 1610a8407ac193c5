match {}:
    case {"k": 1, f"k": 2}:
        pass
