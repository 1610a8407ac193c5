//! Every path that changes what a class attribute lookup returns resets the
//! version tag of the class and of every subclass (`modified()`, src/sync/
//! type_version.rs), and a fresh lookup then sees the new value and gets a
//! new tag. Each case runs Python under weft and reads tags with
//! `sys._type_version` (0 = no tag).

use weft::Interpreter;

const PRELUDE: &str = r#"
import sys
tv = sys._type_version

def tree():
    class A:
        x = 1
    class B(A):
        pass
    class C(B):
        pass
    class D(A):
        pass
    class Other:
        x = 5
    for k in (A, B, C, D, Other):
        k.x  # a lookup assigns tags, bases first
    return A, B, C, D, Other

def tags(*ks):
    return [tv(k) for k in ks]

def check(name, mutate, expect, classes=None):
    A, B, C, D, Other = tree()
    hit = classes(A, B, C, D) if classes else (A, B, C, D)
    before = tags(*hit)
    assert all(before), (name, "warm classes have tags", before)
    other_before = tv(Other)
    mutate(A, B, C, D, Other)
    after = tags(*hit)
    assert after == [0] * len(after), (name, "tags reset", after)
    assert tv(Other) == other_before, (name, "an unrelated class keeps its tag")
    got = [k.x if hasattr(k, "x") else None for k in hit]
    assert got == expect, (name, "fresh lookups see the change", got, expect)
    fresh = tags(*hit)
    assert all(fresh) and not set(fresh) & set(before), (name, "new tags", before, fresh)
    return "ok"
"#;

fn run(case: &str) {
    let interp = Interpreter::new();
    let src = format!("{PRELUDE}\nresult = {case}\n");
    interp
        .run_module(&src, "<type_versions>", "tv_case")
        .unwrap_or_else(|e| panic!("{case}\n{}", e.traceback));
    let r = interp.eval_repr("tv_case", "result").expect("result");
    assert_eq!(r, "'ok'", "{case}");
}

#[test]
fn class_setattr_resets_the_class_and_its_subclasses() {
    run(r#"check("setattr", lambda A, B, C, D, O: setattr(A, "x", 2), [2, 2, 2, 2])"#);
}

#[test]
fn class_delattr_resets_the_class_and_its_subclasses() {
    run(r#"check("delattr", lambda A, B, C, D, O: delattr(A, "x"), [None] * 4)"#);
}

#[test]
fn a_change_in_a_middle_class_resets_only_its_subtree() {
    run(
        r#"check("middle", lambda A, B, C, D, O: setattr(B, "x", 3), [3, 3],
              classes=lambda A, B, C, D: (B, C))"#,
    );
}

#[test]
fn setting_through_a_metatype_descriptor_resets_tags() {
    // A property on the metaclass whose setter stores into the class.
    let interp = Interpreter::new();
    let src = format!(
        "{PRELUDE}\n{}",
        r#"
class Meta(type):
    @property
    def y(cls):
        return cls.__dict__.get("_y", 0)
    @y.setter
    def y(cls, v):
        type.__setattr__(cls, "_y", v)
class A(metaclass=Meta):
    pass
class B(A):
    pass
A.x = 1
A.x; B.x
before = tags(A, B)
assert all(before)
A.y = 7
assert tags(A, B) == [0, 0], tags(A, B)
assert B._y == 7 and A.y == 7 and B.y == 0
result = "ok"
"#
    );
    interp
        .run_module(&src, "<type_versions>", "meta_case")
        .unwrap_or_else(|e| panic!("{}", e.traceback));
    assert_eq!(interp.eval_repr("meta_case", "result").unwrap(), "'ok'");
}

#[test]
fn bases_assignment_resets_tags() {
    run(
        r#"check("__bases__", lambda A, B, C, D, O: setattr(B, "__bases__", (O,)), [5, 5],
              classes=lambda A, B, C, D: (B, C))"#,
    );
}

#[test]
fn metaclass_change_resets_tags() {
    let interp = Interpreter::new();
    let src = format!(
        "{PRELUDE}\n{}",
        r#"
class M1(type):
    pass
class M2(type):
    def hello(cls):
        return "M2"
class A(metaclass=M1):
    x = 1
class B(A):
    pass
A.x; B.x
assert all(tags(A, B))
A.__class__ = M2
assert tv(A) == 0, tv(A)
assert A.hello() == "M2"
result = "ok"
"#
    );
    interp
        .run_module(&src, "<type_versions>", "meta_change")
        .unwrap_or_else(|e| panic!("{}", e.traceback));
    assert_eq!(interp.eval_repr("meta_change", "result").unwrap(), "'ok'");
}

#[test]
fn replacing_a_method_resets_tags_and_warm_sites_see_it() {
    let interp = Interpreter::new();
    let src = format!(
        "{PRELUDE}\n{}",
        r#"
class A:
    def f(self):
        return 1
class B(A):
    pass
b = B()
def call():
    return b.f()
for _ in range(100):
    assert call() == 1
t = tags(A, B)
assert all(t)
A.f = lambda self: 2
assert tags(A, B) == [0, 0]
assert call() == 2
result = "ok"
"#
    );
    interp
        .run_module(&src, "<type_versions>", "method_case")
        .unwrap_or_else(|e| panic!("{}", e.traceback));
    assert_eq!(interp.eval_repr("method_case", "result").unwrap(), "'ok'");
}
