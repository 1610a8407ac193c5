match 3:
    case 1 | x:
        pass
    case 2:
        pass
