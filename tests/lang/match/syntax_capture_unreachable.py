def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return "anything"
        case 2:
            return "two"
