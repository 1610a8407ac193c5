//! The opcode table: the one source of truth for weft's instruction set.
//!
//! Every instruction is declared once, below, with its operand kind, its
//! stack effect, the number of inline cache words that follow it, its family
//! base (a specialized variant names the generic instruction it deoptimizes
//! to; a generic instruction names itself) and a one-line doc. The `Opcode`
//! enum, decoding, names, cache sizes, stack effects and the disassembler's
//! operand rendering all come from this table, so they cannot drift apart.
//!
//! # Instruction words
//!
//! Code is a sequence of 64-bit atomic words ("units"). An instruction is one
//! word followed by `cache_words()` inline cache words:
//!
//! ```text
//!   bits  0..8   opcode
//!   bits  8..40  oparg (32 bits: no EXTENDED_ARG is ever needed)
//!   bits 40..64  sequence number, owned by the inline-cache seqlock
//!                (odd while a writer is rewriting this instruction)
//! ```
//!
//! Jump operands are absolute unit indices. The stack layout conventions
//! (calls, exception handlers, generators) are spelled out in each doc line.

/// What an instruction's operand means; the disassembler renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No operand (the oparg is 0).
    None,
    /// Index into `CodeObject::constants`.
    Const,
    /// Index into `CodeObject::names`.
    Name,
    /// Index into `CodeObject::varnames` (fast locals).
    Local,
    /// Index into the cell space: `cellvars` then `freevars`.
    Cell,
    /// Absolute unit index of the jump target.
    Jump,
    /// A count (items, arguments, stack depth).
    Count,
    /// A `BinaryOpKind` number.
    BinOp,
    /// A `CompareKind` number.
    Compare,
    /// Bit flags whose meaning the doc line gives.
    Flags,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident {
            arg: $arg:ident,
            effect: |$a:ident| $effect:expr,
            jump_effect: $jeff:expr,
            cache: $cache:literal,
            base: $base:ident $(,)?
        }
    )*) => {
        /// One weft instruction. The discriminant is the opcode byte.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])+ $name, )*
        }

        const ALL_OPCODES: &[Opcode] = &[$(Opcode::$name),*];

        // `from_u8` relies on discriminant == position, and on a byte.
        const _: () = {
            assert!(ALL_OPCODES.len() <= 256);
            let mut i = 0;
            while i < ALL_OPCODES.len() {
                assert!(ALL_OPCODES[i] as usize == i);
                i += 1;
            }
        };

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = ALL_OPCODES;

            /// Decodes an opcode byte; `None` for a byte no opcode uses.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                if (byte as usize) < ALL_OPCODES.len() {
                    // SAFETY: `Opcode` is `repr(u8)` and its variants take
                    // the discriminants 0, 1, ... in order (checked at
                    // compile time below), so every byte under the count
                    // names a variant. No table load on the dispatch path.
                    Some(unsafe { std::mem::transmute::<u8, Opcode>(byte) })
                } else {
                    None
                }
            }

            /// The instruction's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// What the operand means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$arg,)* }
            }

            /// Number of inline cache words that follow the instruction word.
            #[inline]
            pub fn cache_words(self) -> usize {
                const CACHE_WORDS: &[u8] = &[$($cache),*];
                CACHE_WORDS[self as usize] as usize
            }

            /// The generic instruction of this instruction's family (itself
            /// for a generic instruction). Deoptimization rewrites to this.
            pub fn base(self) -> Opcode {
                match self { $(Opcode::$name => Opcode::$base,)* }
            }

            /// Net stack effect when execution falls through to the next
            /// instruction.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32) -> i32 {
                match self { $(Opcode::$name => { let $a = oparg as i32; $effect })* }
            }

            /// Net stack effect when a jump is taken (`None` if this
            /// instruction never jumps). Exception-handler edges are not
            /// jumps: their depth comes from the exception table.
            #[allow(unused_variables)]
            pub fn jump_effect(self, oparg: u32) -> Option<i32> {
                match self { $(Opcode::$name => { let $a = oparg as i32; $jeff })* }
            }

            /// The one-line description from the table.
            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$name => concat!($($doc),+).trim_start(),)* }
            }
        }
    };
}

define_opcodes! {
    /// Do nothing.
    Nop { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: Nop }
    /// Pop and discard TOS.
    PopTop { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: PopTop }
    /// Push a copy of the n-th item from the top (1 = TOS).
    Copy { arg: Count, effect: |a| 1, jump_effect: None, cache: 0, base: Copy }
    /// Swap TOS with the n-th item from the top (n >= 2).
    Swap { arg: Count, effect: |a| 0, jump_effect: None, cache: 0, base: Swap }
    /// Push the internal NULL marker (the "no self" slot of a call).
    PushNull { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: PushNull }
    /// Push constants[arg].
    LoadConst { arg: Const, effect: |a| 1, jump_effect: None, cache: 0, base: LoadConst }
    /// Push local varnames[arg]; UnboundLocalError if it is unbound.
    LoadFast { arg: Local, effect: |a| 1, jump_effect: None, cache: 0, base: LoadFast }
    /// Pop TOS into local varnames[arg].
    StoreFast { arg: Local, effect: |a| -1, jump_effect: None, cache: 0, base: StoreFast }
    /// Unbind local varnames[arg]; UnboundLocalError if it is unbound.
    DeleteFast { arg: Local, effect: |a| 0, jump_effect: None, cache: 0, base: DeleteFast }
    /// Push the contents of cell[arg]; NameError/UnboundLocalError if empty.
    LoadDeref { arg: Cell, effect: |a| 1, jump_effect: None, cache: 0, base: LoadDeref }
    /// Pop TOS into cell[arg].
    StoreDeref { arg: Cell, effect: |a| -1, jump_effect: None, cache: 0, base: StoreDeref }
    /// Empty cell[arg]; error if already empty.
    DeleteDeref { arg: Cell, effect: |a| 0, jump_effect: None, cache: 0, base: DeleteDeref }
    /// Push the cell object cell[arg] itself (to build a closure tuple).
    LoadClosure { arg: Cell, effect: |a| 1, jump_effect: None, cache: 0, base: LoadClosure }
    /// Class bodies: push locals[freevar name] if present, else the contents of cell[arg].
    LoadClassDeref { arg: Cell, effect: |a| 1, jump_effect: None, cache: 0, base: LoadClassDeref }
    /// Push global names[arg], falling back to builtins; NameError if neither has it.
    LoadGlobal { arg: Name, effect: |a| 1, jump_effect: None, cache: 5, base: LoadGlobal }
    /// Pop TOS into global names[arg].
    StoreGlobal { arg: Name, effect: |a| -1, jump_effect: None, cache: 0, base: StoreGlobal }
    /// Delete global names[arg]; NameError if absent.
    DeleteGlobal { arg: Name, effect: |a| 0, jump_effect: None, cache: 0, base: DeleteGlobal }
    /// Push names[arg] from the frame's locals mapping, then globals, then builtins (class bodies).
    LoadName { arg: Name, effect: |a| 1, jump_effect: None, cache: 0, base: LoadName }
    /// Pop TOS into names[arg] in the frame's locals mapping.
    StoreName { arg: Name, effect: |a| -1, jump_effect: None, cache: 0, base: StoreName }
    /// Delete names[arg] from the frame's locals mapping; NameError if absent.
    DeleteName { arg: Name, effect: |a| 0, jump_effect: None, cache: 0, base: DeleteName }
    /// Replace TOS with TOS.names[arg].
    LoadAttr { arg: Name, effect: |a| 0, jump_effect: None, cache: 4, base: LoadAttr }
    /// [obj] -> [func, obj] when names[arg] is a method found on the type, else [attr, NULL].
    LoadMethod { arg: Name, effect: |a| 1, jump_effect: None, cache: 4, base: LoadMethod }
    /// [value, obj] -> []: obj.names[arg] = value.
    StoreAttr { arg: Name, effect: |a| -2, jump_effect: None, cache: 4, base: StoreAttr }
    /// [obj] -> []: del obj.names[arg].
    DeleteAttr { arg: Name, effect: |a| -1, jump_effect: None, cache: 0, base: DeleteAttr }
    /// [lhs, rhs] -> [lhs OP rhs] for the BinaryOpKind arg (13 and up are the in-place forms).
    BinaryOp { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// [x] -> [-x].
    UnaryNegative { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: UnaryNegative }
    /// [x] -> [+x].
    UnaryPositive { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: UnaryPositive }
    /// [x] -> [~x].
    UnaryInvert { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: UnaryInvert }
    /// [x] -> [not x].
    UnaryNot { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: UnaryNot }
    /// [lhs, rhs] -> [lhs OP rhs] for the CompareKind arg (<, <=, ==, !=, >, >=).
    CompareOp { arg: Compare, effect: |a| -1, jump_effect: None, cache: 1, base: CompareOp }
    /// [lhs, rhs] -> [lhs is rhs], negated when arg is 1.
    IsOp { arg: Flags, effect: |a| -1, jump_effect: None, cache: 0, base: IsOp }
    /// [item, container] -> [item in container], negated when arg is 1.
    ContainsOp { arg: Flags, effect: |a| -1, jump_effect: None, cache: 0, base: ContainsOp }
    /// [container, key] -> [container[key]].
    BinarySubscr { arg: None, effect: |a| -1, jump_effect: None, cache: 1, base: BinarySubscr }
    /// [value, container, key] -> []: container[key] = value.
    StoreSubscr { arg: None, effect: |a| -3, jump_effect: None, cache: 1, base: StoreSubscr }
    /// [container, key] -> []: del container[key].
    DeleteSubscr { arg: None, effect: |a| -2, jump_effect: None, cache: 0, base: DeleteSubscr }
    /// [start, stop] or [start, stop, step] (arg = 2 or 3) -> [slice].
    BuildSlice { arg: Count, effect: |a| 1 - a, jump_effect: None, cache: 0, base: BuildSlice }
    /// Pop arg items -> [tuple].
    BuildTuple { arg: Count, effect: |a| 1 - a, jump_effect: None, cache: 0, base: BuildTuple }
    /// Pop arg items -> [list].
    BuildList { arg: Count, effect: |a| 1 - a, jump_effect: None, cache: 0, base: BuildList }
    /// Pop arg items -> [set].
    BuildSet { arg: Count, effect: |a| 1 - a, jump_effect: None, cache: 0, base: BuildSet }
    /// Pop arg (key, value) pairs, pushed key first -> [dict].
    BuildMap { arg: Count, effect: |a| 1 - 2 * a, jump_effect: None, cache: 0, base: BuildMap }
    /// Pop arg strings -> [their concatenation] (f-strings).
    BuildString { arg: Count, effect: |a| 1 - a, jump_effect: None, cache: 0, base: BuildString }
    /// Pop TOS and append it to the list at stack position arg (counted after the pop, 1 = TOS).
    ListAppend { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: ListAppend }
    /// Pop TOS and add it to the set at stack position arg (after the pop).
    SetAdd { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: SetAdd }
    /// Pop [key, value] and store them into the dict at stack position arg (after the pops).
    MapAdd { arg: Count, effect: |a| -2, jump_effect: None, cache: 0, base: MapAdd }
    /// Pop an iterable and extend the list at stack position arg (after the pop).
    ListExtend { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: ListExtend }
    /// Pop an iterable and update the set at stack position arg (after the pop).
    SetUpdate { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: SetUpdate }
    /// Pop a mapping and update the dict at stack position arg (after the pop) ({**m} displays).
    DictUpdate { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: DictUpdate }
    /// Like DictUpdate, for `f(**m)`: a duplicate key is a TypeError ("got multiple values for keyword argument").
    DictMerge { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: DictMerge }
    /// [list] -> [tuple(list)].
    ListToTuple { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: ListToTuple }
    /// [iterable] -> arg items, the first item on top; ValueError on a length mismatch.
    UnpackSequence { arg: Count, effect: |a| a - 1, jump_effect: None, cache: 1, base: UnpackSequence }
    /// Starred unpack: arg & 0xff items before the star, arg >> 8 after; pushes before + 1 + after, first on top.
    UnpackEx { arg: Count, effect: |a| (a & 0xff) + (a >> 8), jump_effect: None, cache: 0, base: UnpackEx }
    /// f-strings: arg & 3 is the conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4 means a format spec is on TOS above the value. -> [formatted str].
    FormatValue { arg: Flags, effect: |a| if a & 4 != 0 { -1 } else { 0 }, jump_effect: None, cache: 0, base: FormatValue }
    /// [iterable] -> [iter(iterable)].
    GetIter { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: GetIter }
    /// [iterator] -> [iterator, next(iterator)]; when exhausted pop the iterator and jump to arg.
    ForIter { arg: Jump, effect: |a| 1, jump_effect: Some(-1), cache: 1, base: ForIter }
    /// Jump forward to arg.
    Jump { arg: Jump, effect: |a| 0, jump_effect: Some(0), cache: 0, base: Jump }
    /// Jump back to arg (a loop back-edge: the interpreter polls for safepoints here).
    JumpBackward { arg: Jump, effect: |a| 0, jump_effect: Some(0), cache: 0, base: JumpBackward }
    /// Pop TOS; jump to arg if it is false.
    PopJumpIfFalse { arg: Jump, effect: |a| -1, jump_effect: Some(-1), cache: 0, base: PopJumpIfFalse }
    /// Pop TOS; jump to arg if it is true.
    PopJumpIfTrue { arg: Jump, effect: |a| -1, jump_effect: Some(-1), cache: 0, base: PopJumpIfTrue }
    /// Pop TOS; jump to arg if it is None.
    PopJumpIfNone { arg: Jump, effect: |a| -1, jump_effect: Some(-1), cache: 0, base: PopJumpIfNone }
    /// Pop TOS; jump to arg if it is not None.
    PopJumpIfNotNone { arg: Jump, effect: |a| -1, jump_effect: Some(-1), cache: 0, base: PopJumpIfNotNone }
    /// If TOS is false jump to arg keeping it, else pop it (`and`).
    JumpIfFalseOrPop { arg: Jump, effect: |a| -1, jump_effect: Some(0), cache: 0, base: JumpIfFalseOrPop }
    /// If TOS is true jump to arg keeping it, else pop it (`or`).
    JumpIfTrueOrPop { arg: Jump, effect: |a| -1, jump_effect: Some(0), cache: 0, base: JumpIfTrueOrPop }
    /// [callable, self_or_NULL, arg0 .. arg(n-1)] -> [result]; a non-NULL self is passed as the first argument.
    Call { arg: Count, effect: |a| -1 - a, jump_effect: None, cache: 3, base: Call }
    /// [callable, self_or_NULL, values (n, keyword values last), kwnames tuple] -> [result].
    CallKw { arg: Count, effect: |a| -2 - a, jump_effect: None, cache: 3, base: CallKw }
    /// [callable, NULL, args tuple, kwargs dict if arg & 1] -> [result] (calls with * or **).
    CallFunctionEx { arg: Flags, effect: |a| if a & 1 != 0 { -3 } else { -2 }, jump_effect: None, cache: 0, base: CallFunctionEx }
    /// [defaults tuple if arg&1, kwdefaults dict if arg&2, closure tuple if arg&8, code] -> [function].
    MakeFunction { arg: Flags, effect: |a| -((a & 1 != 0) as i32) - ((a & 2 != 0) as i32) - ((a & 8 != 0) as i32), jump_effect: None, cache: 0, base: MakeFunction }
    /// Pop TOS and return it to the caller.
    ReturnValue { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: ReturnValue }
    /// Generators: pop TOS and yield it; on resume the sent value is pushed.
    YieldValue { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: YieldValue }
    /// [iterable] -> [iterator for `yield from`] (a generator is used as is).
    GetYieldFromIter { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: GetYieldFromIter }
    /// [subiter, value] -> send value (None means next()) into subiter; if it yields, yield that and re-run this instruction on resume with [subiter, sent]; when it returns r, -> [r].
    YieldFrom { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: YieldFrom }
    /// raise (arg 0: re-raise the handled exception; 1: raise TOS; 2: [exc, cause] raise exc from cause).
    RaiseVarargs { arg: Count, effect: |a| -a, jump_effect: None, cache: 0, base: RaiseVarargs }
    /// Handler entry: [exc] -> [previously handled exception or None, exc]; exc becomes the handled exception.
    PushExcInfo { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: PushExcInfo }
    /// Handler exit: [prev] -> []; restore prev as the handled exception.
    PopExcept { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: PopExcept }
    /// [exc, type] -> [exc, isinstance(exc, type)]; TypeError if type is not an exception class or tuple of them.
    CheckExcMatch { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: CheckExcMatch }
    /// Pop exc and re-raise it with its traceback unchanged (arg 1: a lasti sits below it; unwinding discards it).
    Reraise { arg: Count, effect: |a| -1, jump_effect: None, cache: 0, base: Reraise }
    /// Push AssertionError.
    LoadAssertionError { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: LoadAssertionError }
    /// [mgr] -> [mgr.__exit__ (bound), mgr.__enter__()].
    BeforeWith { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: BeforeWith }
    /// [exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type(exc), exc, exc.__traceback__)].
    WithExceptStart { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: WithExceptStart }
    /// [level, fromlist] -> [module names[arg]].
    ImportName { arg: Name, effect: |a| -1, jump_effect: None, cache: 0, base: ImportName }
    /// [module] -> [module, module.names[arg]] (ImportError "cannot import name ..." if missing).
    ImportFrom { arg: Name, effect: |a| 1, jump_effect: None, cache: 0, base: ImportFrom }
    /// [module] -> []: bind every public name of module in the current namespace.
    ImportStar { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: ImportStar }
    /// Push builtins.__build_class__.
    LoadBuildClass { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: LoadBuildClass }
    /// Zero-argument `super()`: push [cell[arg - 1] contents (`__class__`), the first argument]; arg 0 means no `__class__` cell. RuntimeError as CPython's super() when either is missing.
    LoadSuperArgs { arg: Count, effect: |a| 2, jump_effect: None, cache: 0, base: LoadSuperArgs }
    /// Before a call of `locals`, `vars`, `dir`, `eval` or `exec` in a function: a snapshot dict of its variables becomes what they see as the caller's locals.
    PublishLocals { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: PublishLocals }
    /// Module and class bodies with annotated names: create `__annotations__` in the namespace unless it is there.
    SetupAnnotations { arg: None, effect: |a| 0, jump_effect: None, cache: 0, base: SetupAnnotations }
    /// [obj] -> [obj, len(obj)] (sequence patterns indexing from the end).
    GetLen { arg: None, effect: |a| 1, jump_effect: None, cache: 0, base: GetLen }
    /// Sequence patterns: [subject] -> [subject, is a sequence whose length passes the check]; see `match_len` for arg (str, bytes and bytearray are not sequences here).
    MatchSequence { arg: Flags, effect: |a| 1, jump_effect: None, cache: 0, base: MatchSequence }
    /// Mapping patterns: [subject] -> [subject, is a mapping whose length passes the check]; see `match_len` for arg.
    MatchMapping { arg: Flags, effect: |a| 1, jump_effect: None, cache: 0, base: MatchMapping }
    /// [mapping, keys tuple] -> [mapping, keys, v_arg .. v_1, ok]: the keys' values (v_1 on top; Nones and ok False when a key is missing); ValueError on a duplicate key.
    MatchKeys { arg: Count, effect: |a| a + 1, jump_effect: None, cache: 0, base: MatchKeys }
    /// Class patterns with arg sub-patterns: [subject, cls, keyword names tuple] -> [a_arg .. a_1, ok] (positional attributes via __match_args__, then keywords; a_1 on top; Nones and ok False on no match).
    MatchClass { arg: Count, effect: |a| a - 2, jump_effect: None, cache: 0, base: MatchClass }
    /// `**rest` of mapping patterns: [mapping, keys tuple] -> [dict(mapping) without the keys].
    DictWithoutKeys { arg: None, effect: |a| -1, jump_effect: None, cache: 0, base: DictWithoutKeys }

    // ----- specialized forms (src/specialize): same operands, stack effect
    // and cache size as their family's base; written only by the
    // specializer through src/sync/inline_cache.rs.

    /// LoadGlobal of a module global: [globals, globals version, value].
    LoadGlobalModule { arg: Name, effect: |a| 1, jump_effect: None, cache: 5, base: LoadGlobal }
    /// LoadGlobal of a builtin: [globals, globals version, builtins version, value].
    LoadGlobalBuiltin { arg: Name, effect: |a| 1, jump_effect: None, cache: 5, base: LoadGlobal }
    /// LoadAttr of an instance attribute in a slot: [type tag | index, shape].
    LoadAttrInstanceValue { arg: Name, effect: |a| 0, jump_effect: None, cache: 4, base: LoadAttr }
    /// LoadAttr of a module attribute: [module, dict version, value].
    LoadAttrModule { arg: Name, effect: |a| 0, jump_effect: None, cache: 4, base: LoadAttr }
    /// LoadAttr through a property's getter: [type tag, fget].
    LoadAttrProperty { arg: Name, effect: |a| 0, jump_effect: None, cache: 4, base: LoadAttr }
    /// LoadAttr of a plain class attribute on a class object: [class, type tag, value].
    LoadAttrClass { arg: Name, effect: |a| 0, jump_effect: None, cache: 4, base: LoadAttr }
    /// LoadMethod of a function on the type, not shadowed in the instance's slots: [type tag, shape, function].
    LoadMethodWithValues { arg: Name, effect: |a| 1, jump_effect: None, cache: 4, base: LoadMethod }
    /// LoadMethod on an object without instance attributes: [type tag, function].
    LoadMethodNoDict { arg: Name, effect: |a| 1, jump_effect: None, cache: 4, base: LoadMethod }
    /// LoadMethod of a module attribute: [module, dict version, value] -> [value, NULL].
    LoadMethodModule { arg: Name, effect: |a| 1, jump_effect: None, cache: 4, base: LoadMethod }
    /// StoreAttr replacing an instance attribute in a slot: [type tag | index, shape].
    StoreAttrInstanceValue { arg: Name, effect: |a| -2, jump_effect: None, cache: 4, base: StoreAttr }
    /// StoreAttr adding an instance attribute: [type tag | index, old shape, new shape].
    StoreAttrInstanceAdd { arg: Name, effect: |a| -2, jump_effect: None, cache: 4, base: StoreAttr }
    /// BinaryOp + (or +=) on two small ints.
    BinaryOpAddInt { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp - (or -=) on two small ints.
    BinaryOpSubtractInt { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp * (or *=) on two small ints.
    BinaryOpMultiplyInt { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp + (or +=) on two floats.
    BinaryOpAddFloat { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp - (or -=) on two floats.
    BinaryOpSubtractFloat { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp * (or *=) on two floats.
    BinaryOpMultiplyFloat { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp / (or /=) on two floats.
    BinaryOpTrueDivideFloat { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// BinaryOp //, %, &, |, ^, << or >> (or the in-place form) on two small ints.
    BinaryOpIntOther { arg: BinOp, effect: |a| -1, jump_effect: None, cache: 1, base: BinaryOp }
    /// CompareOp on two small ints.
    CompareOpInt { arg: Compare, effect: |a| -1, jump_effect: None, cache: 1, base: CompareOp }
    /// CompareOp on two floats.
    CompareOpFloat { arg: Compare, effect: |a| -1, jump_effect: None, cache: 1, base: CompareOp }
    /// CompareOp == or != on two exact strs.
    CompareOpStr { arg: Compare, effect: |a| -1, jump_effect: None, cache: 1, base: CompareOp }
    /// BinarySubscr of an exact list by a small int.
    BinarySubscrListInt { arg: None, effect: |a| -1, jump_effect: None, cache: 1, base: BinarySubscr }
    /// BinarySubscr of an exact tuple by a small int.
    BinarySubscrTupleInt { arg: None, effect: |a| -1, jump_effect: None, cache: 1, base: BinarySubscr }
    /// BinarySubscr of an exact dict.
    BinarySubscrDict { arg: None, effect: |a| -1, jump_effect: None, cache: 1, base: BinarySubscr }
    /// StoreSubscr into an exact list at a small int.
    StoreSubscrListInt { arg: None, effect: |a| -3, jump_effect: None, cache: 1, base: StoreSubscr }
    /// StoreSubscr into an exact dict.
    StoreSubscrDict { arg: None, effect: |a| -3, jump_effect: None, cache: 1, base: StoreSubscr }
    /// Call of a Python function taking exactly the positional arguments given: [function, function version].
    CallPyExactArgs { arg: Count, effect: |a| -1 - a, jump_effect: None, cache: 3, base: Call }
    /// Call of a builtin function or method: [callable].
    CallNative { arg: Count, effect: |a| -1 - a, jump_effect: None, cache: 3, base: Call }
}

/// The binary operators, numbered as the `BinaryOp` oparg (in-place forms add
/// `INPLACE_OFFSET`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOpKind {
    Add,
    And,
    FloorDivide,
    LShift,
    MatMul,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
}

/// Added to a `BinaryOpKind` to form the in-place (`+=`) variant's oparg.
pub const INPLACE_OFFSET: u32 = 13;

impl BinaryOpKind {
    pub const ALL: [BinaryOpKind; 13] = [
        BinaryOpKind::Add,
        BinaryOpKind::And,
        BinaryOpKind::FloorDivide,
        BinaryOpKind::LShift,
        BinaryOpKind::MatMul,
        BinaryOpKind::Multiply,
        BinaryOpKind::Remainder,
        BinaryOpKind::Or,
        BinaryOpKind::Power,
        BinaryOpKind::RShift,
        BinaryOpKind::Subtract,
        BinaryOpKind::TrueDivide,
        BinaryOpKind::Xor,
    ];

    /// Splits a `BinaryOp` oparg into the operator and whether it is in-place.
    pub fn from_oparg(oparg: u32) -> Option<(BinaryOpKind, bool)> {
        let inplace = oparg >= INPLACE_OFFSET;
        let kind = *Self::ALL.get((oparg % INPLACE_OFFSET) as usize)?;
        (oparg < 2 * INPLACE_OFFSET).then_some((kind, inplace))
    }

    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOpKind::Add => "+",
            BinaryOpKind::And => "&",
            BinaryOpKind::FloorDivide => "//",
            BinaryOpKind::LShift => "<<",
            BinaryOpKind::MatMul => "@",
            BinaryOpKind::Multiply => "*",
            BinaryOpKind::Remainder => "%",
            BinaryOpKind::Or => "|",
            BinaryOpKind::Power => "**",
            BinaryOpKind::RShift => ">>",
            BinaryOpKind::Subtract => "-",
            BinaryOpKind::TrueDivide => "/",
            BinaryOpKind::Xor => "^",
        }
    }
}

/// The rich comparisons, numbered as the `CompareOp` oparg.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareKind {
    pub const ALL: [CompareKind; 6] = [
        CompareKind::Lt,
        CompareKind::Le,
        CompareKind::Eq,
        CompareKind::Ne,
        CompareKind::Gt,
        CompareKind::Ge,
    ];

    pub fn from_oparg(oparg: u32) -> Option<CompareKind> {
        Self::ALL.get(oparg as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareKind::Lt => "<",
            CompareKind::Le => "<=",
            CompareKind::Eq => "==",
            CompareKind::Ne => "!=",
            CompareKind::Gt => ">",
            CompareKind::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CompareKind {
        match self {
            CompareKind::Lt => CompareKind::Gt,
            CompareKind::Le => CompareKind::Ge,
            CompareKind::Eq => CompareKind::Eq,
            CompareKind::Ne => CompareKind::Ne,
            CompareKind::Gt => CompareKind::Lt,
            CompareKind::Ge => CompareKind::Le,
        }
    }
}

/// `MakeFunction` oparg flags.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    /// A dict of parameter annotations (`'return'` for the result).
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// `MatchSequence` / `MatchMapping` oparg: the length check in the low two
/// bits, the length above them.
pub mod match_len {
    pub const NONE: u32 = 0;
    pub const EQUAL: u32 = 1;
    pub const AT_LEAST: u32 = 2;
    pub const MASK: u32 = 3;
    pub const SHIFT: u32 = 2;
}

/// `FormatValue` oparg: conversion in the low two bits, spec flag above.
pub mod format_value {
    pub const CONV_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

const OPCODE_BITS: u64 = 8;
const OPARG_BITS: u64 = 32;
const SEQ_SHIFT: u64 = OPCODE_BITS + OPARG_BITS;

/// Packs an instruction word (sequence number 0).
#[inline]
pub const fn encode(op: Opcode, oparg: u32) -> u64 {
    (op as u64) | ((oparg as u64) << OPCODE_BITS)
}

/// The opcode byte of an instruction word.
#[inline]
pub const fn word_opcode_byte(word: u64) -> u8 {
    word as u8
}

/// The oparg of an instruction word.
#[inline]
pub const fn word_oparg(word: u64) -> u32 {
    (word >> OPCODE_BITS) as u32
}

/// The seqlock sequence number of an instruction word.
#[inline]
pub const fn word_seq(word: u64) -> u32 {
    (word >> SEQ_SHIFT) as u32
}

/// Decodes an instruction word. Panics on an unknown opcode byte: code units
/// only ever hold words produced by `encode`, so that would be a VM bug.
#[inline]
pub fn decode(word: u64) -> (Opcode, u32) {
    let op = Opcode::from_u8(word_opcode_byte(word)).expect("corrupt instruction word");
    (op, word_oparg(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_roundtrips() {
        for &op in Opcode::ALL {
            for oparg in [0, 1, 255, 256, 65_535, u32::MAX] {
                assert_eq!(decode(encode(op, oparg)), (op, oparg));
            }
        }
    }

    #[test]
    fn table_is_dense_and_bases_are_generic() {
        for (i, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op as usize, i);
            assert_eq!(op.base().base(), op.base());
            assert_eq!(op.base().cache_words(), op.cache_words());
        }
    }
}
