import json


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "MyInt str"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


print(json.dumps([MyInt(3), MyFloat(2.5), MyStr("s")]))
print(json.dumps(MyList([1, MyList([2])])))
print(json.dumps(MyDict(a=MyDict(b=1))))
print(json.dumps(MyTuple((1, 2))))
print(json.dumps({MyInt(4): MyInt(5)}))
print(json.dumps(True), json.dumps([True, 1, False, 0]))
import collections
od = collections.OrderedDict([("z", 1), ("a", 2)])
print(json.dumps(od))
print(json.dumps(od, sort_keys=True))
