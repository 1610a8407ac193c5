//! Assembly: from a unit's instruction list to a `CodeObject`.
//!
//! One flow pass computes the stack depth before every instruction,
//! following fall-through edges, jumps (`jump_effect`) and exception
//! edges (a covered instruction can reach its handler with the handler's
//! depth, plus one for `lasti` if pushed, plus one for the exception). The
//! pass proves the code consistent (every instruction is reached with one
//! depth only, never negative) and gives `max_stack`; instructions it never
//! reaches are dead and dropped. Then labels become absolute unit indices,
//! runs of instructions with the same innermost handler become exception
//! table entries (so entries never overlap), and runs of equal lines become
//! line-table entries.

use std::sync::atomic::AtomicU8;
use std::sync::Arc;

use super::{Instr, Unit};
use crate::bytecode::code::PositionEntry;
use crate::bytecode::code::{quicken_state, units_from_words};
use crate::bytecode::opcodes::encode;
use crate::bytecode::{CodeObject, ExceptionEntry, LineEntry, Opcode};
use crate::compile::errors::SourceMap;
use ruff_text_size::TextRange;

/// Instructions after which execution never falls through.
pub(super) fn is_terminator(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::ReturnValue
            | Opcode::RaiseVarargs
            | Opcode::Reraise
            | Opcode::Jump
            | Opcode::JumpBackward
    )
}

struct Flow {
    depth: Vec<Option<i32>>,
    handler_depth: Vec<Option<i32>>,
    max: i32,
}

fn analyze(unit: &Unit) -> Flow {
    let n = unit.instrs.len();
    let mut flow = Flow {
        depth: vec![None; n + 1],
        handler_depth: vec![None; unit.handlers.len()],
        max: 0,
    };
    let mut work: Vec<usize> = Vec::new();
    let name = &unit.qualname;
    let reach = |flow: &mut Flow, work: &mut Vec<usize>, at: usize, d: i32| {
        debug_assert!(d >= 0, "negative stack depth at {at} in {name}");
        flow.max = flow.max.max(d);
        match flow.depth[at] {
            None => {
                flow.depth[at] = Some(d);
                work.push(at);
            }
            Some(old) => {
                if old != d {
                    debug_assert!(
                        false,
                        "inconsistent stack depth at instruction {at} in {name}: {old} vs {d}\n{}",
                        listing(unit, &flow.depth)
                    );
                }
            }
        }
    };
    if n > 0 {
        reach(&mut flow, &mut work, 0, 0);
    }
    let mut pending: Vec<u32> = Vec::new();
    loop {
        while let Some(i) = work.pop() {
            let d = flow.depth[i].expect("queued instructions have a depth");
            if i >= n {
                debug_assert!(false, "execution falls off the end of {name}");
                continue;
            }
            let ins: &Instr = &unit.instrs[i];
            if let Some(h) = ins.handler {
                if flow.handler_depth[h as usize].is_none() && !pending.contains(&h) {
                    pending.push(h);
                }
            }
            let effect = ins.op.stack_effect(ins.arg);
            if !is_terminator(ins.op) {
                reach(&mut flow, &mut work, i + 1, d + effect);
            }
            if let Some(t) = ins.target {
                let je = ins
                    .op
                    .jump_effect(ins.arg)
                    .expect("only jumps have targets");
                reach(&mut flow, &mut work, unit.labels[t.0 as usize], d + je);
            }
            // Handlers whose setup point is now known.
            let mut k = 0;
            while k < pending.len() {
                let h = pending[k] as usize;
                let def = &unit.handlers[h];
                if let Some(sd) = flow.depth[def.setup_at] {
                    let hd = sd + def.depth_adjust;
                    flow.handler_depth[h] = Some(hd);
                    let entry = hd + i32::from(def.push_lasti) + 1;
                    reach(
                        &mut flow,
                        &mut work,
                        unit.labels[def.target.0 as usize],
                        entry,
                    );
                    pending.swap_remove(k);
                } else {
                    k += 1;
                }
            }
        }
        if pending.is_empty() {
            break;
        }
        // A handler whose setup point is unreachable never runs.
        pending.clear();
    }
    flow
}

/// The instruction list with depths, for compiler-bug reports.
fn listing(unit: &Unit, depth: &[Option<i32>]) -> String {
    let mut out = String::new();
    for (i, ins) in unit.instrs.iter().enumerate() {
        let target = ins.target.map(|t| unit.labels[t.0 as usize]);
        out.push_str(&format!(
            "{i:>4} [{:>3}] {:?} {} {:?} h={:?} line {}\n",
            depth[i].map_or("-".to_string(), |d| d.to_string()),
            ins.op,
            ins.arg,
            target,
            ins.handler,
            ins.line
        ));
    }
    out
}

pub(super) fn assemble(unit: Unit, filename: &Arc<str>, map: &SourceMap) -> CodeObject {
    let flow = analyze(&unit);
    let n = unit.instrs.len();
    // Unit offsets of kept instructions; dropped ones map to the next kept.
    let mut offset = vec![0u32; n + 1];
    let mut pos = 0u32;
    for (i, ins) in unit.instrs.iter().enumerate() {
        offset[i] = pos;
        if flow.depth[i].is_some() {
            pos += 1 + ins.op.cache_words() as u32;
        }
    }
    offset[n] = pos;
    let label_off = |l: super::Label| offset[unit.labels[l.0 as usize]];

    let mut words: Vec<u64> = Vec::with_capacity(pos as usize);
    let mut exception_table: Vec<ExceptionEntry> = Vec::new();
    let mut line_table: Vec<LineEntry> = Vec::new();
    let mut positions: Vec<PositionEntry> = Vec::new();
    let mut last_pos = None;
    let mut run: Option<(u32, u32)> = None; // (handler, start offset)
    let close = |run: Option<(u32, u32)>, end: u32, table: &mut Vec<ExceptionEntry>| {
        if let Some((h, start)) = run {
            if end > start {
                let def = &unit.handlers[h as usize];
                table.push(ExceptionEntry {
                    start,
                    end,
                    target: label_off(def.target),
                    depth: flow.handler_depth[h as usize].expect("covered code reached its handler")
                        as u32,
                    push_lasti: def.push_lasti,
                });
            }
        }
    };
    for (i, ins) in unit.instrs.iter().enumerate() {
        if flow.depth[i].is_none() {
            continue;
        }
        let here = offset[i];
        if run.map(|r| r.0) != ins.handler {
            close(run, here, &mut exception_table);
            run = ins.handler.map(|h| (h, here));
        }
        if line_table.last().is_none_or(|e| e.line != ins.line) {
            line_table.push(LineEntry {
                start: here,
                line: ins.line,
            });
        }
        if last_pos != Some(ins.pos) {
            last_pos = Some(ins.pos);
            positions.push(position(here, ins.pos, map));
        }
        let arg = match ins.target {
            Some(t) => label_off(t),
            None => ins.arg,
        };
        words.push(encode(ins.op, arg));
        words.extend(std::iter::repeat_n(0, ins.op.cache_words()));
    }
    close(run, pos, &mut exception_table);

    let mut max_stack = flow.max;
    for (i, ins) in unit.instrs.iter().enumerate() {
        if let Some(d) = flow.depth[i] {
            max_stack = max_stack.max(d + ins.op.stack_effect(ins.arg).max(0));
        }
    }

    let cell_params = unit
        .cellvars
        .iter()
        .map(|c| {
            unit.varnames
                .iter()
                .position(|v| v == c)
                .filter(|&p| p < param_count(&unit))
                .map(|p| p as u32)
        })
        .collect();
    let _ = quicken_state::COLD;
    CodeObject {
        name: unit.name,
        qualname: unit.qualname,
        filename: filename.clone(),
        first_line: unit.first_line,
        arg_count: unit.arg_count,
        posonly_count: unit.posonly_count,
        kwonly_count: unit.kwonly_count,
        flags: unit.flags,
        units: units_from_words(&words),
        constants: unit.consts,
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        cell_params,
        exception_table,
        line_table,
        positions,
        max_stack: max_stack as u32,
        doc: unit.doc,
        quickened: AtomicU8::new(quicken_state::COLD),
    }
}

/// The position-table entry for a source range (all zero when unknown).
fn position(start: u32, range: TextRange, map: &SourceMap) -> PositionEntry {
    if range.is_empty() {
        return PositionEntry {
            start,
            line: 0,
            end_line: 0,
            col: 0,
            end_col: 0,
        };
    }
    PositionEntry {
        start,
        line: map.line_of(range.start()),
        end_line: map.line_of(range.end()),
        col: map.byte_column(range.start()),
        end_col: map.byte_column(range.end()),
    }
}

fn param_count(unit: &Unit) -> usize {
    use crate::bytecode::code::flags;
    let mut n = (unit.arg_count + unit.kwonly_count) as usize;
    if unit.flags & flags::VARARGS != 0 {
        n += 1;
    }
    if unit.flags & flags::VARKEYWORDS != 0 {
        n += 1;
    }
    n
}
