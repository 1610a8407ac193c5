match [1, 2]:
    case [1, (*rest)]:
        pass
