//! f-strings: literal pieces and `FormatValue`s joined by `BuildString`.

use ruff_python_ast::{
    ConversionFlag, FStringPart, FStringValue, InterpolatedElement, InterpolatedStringElement,
    InterpolatedStringElements,
};

use super::{CResult, Compiler};
use crate::bytecode::opcodes::format_value;
use crate::bytecode::{Constant, Opcode};

/// One piece of an f-string: text, or a replacement field.
enum Piece<'a> {
    Text(String),
    Field(&'a InterpolatedElement),
}

fn push_text(pieces: &mut Vec<Piece<'_>>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(t)) = pieces.last_mut() {
        t.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_string()));
    }
}

fn collect<'a>(elements: &'a InterpolatedStringElements, pieces: &mut Vec<Piece<'a>>) {
    for el in elements.iter() {
        match el {
            InterpolatedStringElement::Literal(l) => push_text(pieces, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(debug) = &i.debug_text {
                    // `f"{x=}"` shows the expression text, `=` included.
                    push_text(pieces, debug.leading());
                    push_text(pieces, debug.expression());
                    push_text(pieces, debug.trailing());
                }
                pieces.push(Piece::Field(i));
            }
        }
    }
}

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_fstring(&mut self, value: &'a FStringValue) -> CResult {
        let mut pieces = Vec::new();
        for part in value.iter() {
            match part {
                FStringPart::Literal(l) => push_text(&mut pieces, &l.value),
                FStringPart::FString(f) => collect(&f.elements, &mut pieces),
            }
        }
        self.emit_pieces(&pieces)
    }

    fn emit_pieces(&mut self, pieces: &[Piece<'a>]) -> CResult {
        for p in pieces {
            match p {
                Piece::Text(t) => self.load_const(Constant::Str(t.clone())),
                Piece::Field(f) => self.compile_field(f)?,
            }
        }
        match pieces {
            [] => self.load_const(Constant::Str(String::new())),
            [_] => {}
            _ => self.emit(Opcode::BuildString, pieces.len() as u32),
        }
        Ok(())
    }

    fn compile_field(&mut self, f: &'a InterpolatedElement) -> CResult {
        self.compile_expr(&f.expression)?;
        let mut arg = match f.conversion {
            ConversionFlag::None => {
                if f.debug_text.is_some() && f.format_spec.is_none() {
                    format_value::CONV_REPR
                } else {
                    format_value::CONV_NONE
                }
            }
            ConversionFlag::Str => format_value::CONV_STR,
            ConversionFlag::Repr => format_value::CONV_REPR,
            ConversionFlag::Ascii => format_value::CONV_ASCII,
        };
        if let Some(spec) = &f.format_spec {
            let mut pieces = Vec::new();
            collect(&spec.elements, &mut pieces);
            self.emit_pieces(&pieces)?;
            arg |= format_value::HAS_SPEC;
        }
        self.emit(Opcode::FormatValue, arg);
        Ok(())
    }
}
