//! Debug information for `closc build -g`: readable symbol names for compiled functions and
//! DWARF (`.debug_info`, `.debug_abbrev`, `.debug_line`, `.debug_ranges`, `.debug_str`) that
//! maps their machine code to the lines of the `.py` files, so that `perf report`, gdb and
//! addr2line show Python functions and lines.
//!
//! Codegen marks every instruction with the line of the statement it belongs to
//! (`FunctionBuilder::set_srcloc`, from `Stmt::Line`); Cranelift hands back, per compiled
//! function, the code ranges of each line (`MachSrcLoc`). Once the object is complete, gimli
//! writes the DWARF with addresses relative to each function's symbol, and each address or
//! cross-section offset becomes a relocation, since the linker moves both the code and the
//! debug sections (which it concatenates with those of the other objects).

use crate::ir;
use cranelift_codegen::Context;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::write::{
    Address, AttributeValue, DwarfUnit, EndianVec, FileId, LineProgram, LineString, Range,
    RangeList, Sections, Writer,
};
use gimli::{Encoding, Format, LineEncoding, LittleEndian, SectionId};
use object::write::{Relocation, SymbolId};
use object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};
use std::collections::HashMap;

/// The symbol of the compiled function `qualname` of module `module`: `py:module.qualname`,
/// with `#2`, `#3`... after a name already given (two functions may share a qualname, as
/// two definitions of one name do). `variant` names a second compilation of the same
/// function, e.g. its int clone.
pub(super) struct SymbolNames {
    given: HashMap<String, u32>,
}

impl SymbolNames {
    pub(super) fn new() -> SymbolNames {
        SymbolNames {
            given: HashMap::new(),
        }
    }

    pub(super) fn name(&mut self, module: &str, qualname: &str, variant: &str) -> String {
        let base = format!("py:{module}.{qualname}{variant}");
        let count = self.given.entry(base.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            base
        } else {
            format!("{base}#{count}")
        }
    }
}

/// One compiled function's place in the sources and the lines of its code.
struct FunctionLines {
    id: FuncId,
    qualname: String,
    module: usize,
    first_line: u32,
    code_size: u64,
    /// (offset in the function's code, source line) where the line changes, in order.
    rows: Vec<(u64, u64)>,
}

/// The functions of a unit compiled so far, with their line tables.
#[derive(Default)]
pub(super) struct DebugInfo {
    functions: Vec<FunctionLines>,
}

impl DebugInfo {
    /// Records the function `id` just compiled in `context` (before the context is cleared).
    pub(super) fn record(
        &mut self,
        id: FuncId,
        function: &ir::Function,
        context: &Context,
    ) -> Result<(), String> {
        let compiled = context
            .compiled_code()
            .ok_or_else(|| format!("no code for {}", function.qualname))?;
        // The prologue Cranelift adds has no line: it belongs to the `def` line.
        let mut rows = vec![(0, u64::from(function.first_line))];
        for located in compiled.buffer.get_srclocs_sorted() {
            // Instructions Cranelift makes on its own (moves, spills) carry no line: they
            // stay with the line before them.
            if located.loc.is_default() || located.start == located.end {
                continue;
            }
            let line = u64::from(located.loc.bits());
            let start = u64::from(located.start);
            match rows.last_mut() {
                Some(last) if last.0 == start => last.1 = line,
                Some(last) if last.1 == line => {}
                _ => rows.push((start, line)),
            }
        }
        self.functions.push(FunctionLines {
            id,
            qualname: function.qualname.clone(),
            module: function.module as usize,
            first_line: function.first_line,
            code_size: compiled.code_buffer().len() as u64,
            rows,
        });
        Ok(())
    }

    /// Adds the DWARF sections describing the recorded functions to `product`'s object.
    pub(super) fn emit(
        self,
        product: &mut ObjectProduct,
        modules: &[ir::ModuleInfo],
    ) -> Result<(), String> {
        let encoding = Encoding {
            format: Format::Dwarf32,
            version: 4,
            address_size: 8,
        };
        let file_name = |module: &ir::ModuleInfo| -> Vec<u8> {
            module
                .file
                .clone()
                .unwrap_or_else(|| module.name.clone())
                .into_bytes()
        };
        let working_dir = std::env::current_dir()
            .map(|dir| dir.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".to_string());
        let unit_name = modules.first().map(file_name).unwrap_or_default();

        let mut dwarf = DwarfUnit::new(encoding);
        dwarf.unit.line_program = LineProgram::new(
            encoding,
            LineEncoding::default(),
            LineString::String(working_dir.clone().into_bytes()),
            None,
            LineString::String(unit_name.clone()),
            None,
        );
        let directory = dwarf.unit.line_program.default_directory();
        let files: Vec<FileId> = modules
            .iter()
            .map(|module| {
                dwarf.unit.line_program.add_file(
                    LineString::String(file_name(module)),
                    directory,
                    None,
                )
            })
            .collect();

        // gimli names a symbol by a number: the index into `symbols`.
        let mut symbols: Vec<SymbolId> = Vec::new();
        let mut ranges = Vec::new();
        let root = dwarf.unit.root();
        for function in &self.functions {
            let symbol = symbols.len();
            symbols.push(product.function_symbol(function.id));
            let start = Address::Symbol { symbol, addend: 0 };
            let file = files[function.module];

            let lines = &mut dwarf.unit.line_program;
            lines.begin_sequence(Some(start));
            for &(offset, line) in &function.rows {
                let row = lines.row();
                row.address_offset = offset;
                row.file = file;
                row.line = line;
                lines.generate_row();
            }
            lines.end_sequence(function.code_size);

            ranges.push(Range::StartLength {
                begin: start,
                length: function.code_size,
            });
            let symbol_name = product.object.symbol(symbols[symbol]).name.clone();
            let entry = dwarf.unit.add(root, gimli::DW_TAG_subprogram);
            let entry = dwarf.unit.get_mut(entry);
            entry.set(
                gimli::DW_AT_linkage_name,
                AttributeValue::String(symbol_name),
            );
            entry.set(
                gimli::DW_AT_name,
                AttributeValue::String(function.qualname.clone().into_bytes()),
            );
            entry.set(gimli::DW_AT_low_pc, AttributeValue::Address(start));
            entry.set(
                gimli::DW_AT_high_pc,
                AttributeValue::Udata(function.code_size),
            );
            entry.set(
                gimli::DW_AT_decl_file,
                AttributeValue::FileIndex(Some(file)),
            );
            entry.set(
                gimli::DW_AT_decl_line,
                AttributeValue::Udata(u64::from(function.first_line)),
            );
        }
        let ranges = dwarf.unit.ranges.add(RangeList(ranges));
        let root = dwarf.unit.get_mut(root);
        root.set(
            gimli::DW_AT_producer,
            AttributeValue::String(b"closc".to_vec()),
        );
        root.set(
            gimli::DW_AT_language,
            AttributeValue::Language(gimli::DW_LANG_Python),
        );
        root.set(gimli::DW_AT_name, AttributeValue::String(unit_name));
        root.set(
            gimli::DW_AT_comp_dir,
            AttributeValue::String(working_dir.into_bytes()),
        );
        root.set(
            gimli::DW_AT_low_pc,
            AttributeValue::Address(Address::Constant(0)),
        );
        root.set(gimli::DW_AT_ranges, AttributeValue::RangeListRef(ranges));

        let mut sections = Sections::new(RelocatingWriter::new());
        dwarf.write(&mut sections).map_err(|e| e.to_string())?;
        add_sections(&mut product.object, &sections, &symbols)
    }
}

/// Copies the written DWARF sections into `object`, with their relocations.
fn add_sections(
    object: &mut object::write::Object<'static>,
    sections: &Sections<RelocatingWriter>,
    symbols: &[SymbolId],
) -> Result<(), String> {
    let mut section_ids = HashMap::new();
    sections.for_each(|id, section| -> Result<(), String> {
        if !section.bytes.slice().is_empty() {
            let added = object.add_section(
                Vec::new(),
                id.name().as_bytes().to_vec(),
                SectionKind::Debug,
            );
            object.set_section_data(added, section.bytes.slice().to_vec(), 1);
            section_ids.insert(id, added);
        }
        Ok(())
    })?;
    sections.for_each(|id, section| -> Result<(), String> {
        for relocation in &section.relocations {
            let symbol = match relocation.target {
                Target::Symbol(index) => symbols[index],
                Target::Section(target) => {
                    let target = section_ids.get(&target).ok_or_else(|| {
                        format!("{} refers to a missing {}", id.name(), target.name())
                    })?;
                    object.section_symbol(*target)
                }
            };
            let relocation = Relocation {
                offset: relocation.offset as u64,
                symbol,
                addend: relocation.addend,
                flags: RelocationFlags::Generic {
                    kind: RelocationKind::Absolute,
                    encoding: RelocationEncoding::Generic,
                    size: relocation.size * 8,
                },
            };
            object
                .add_relocation(section_ids[&id], relocation)
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

/// What a relocation in a debug section points at.
#[derive(Clone)]
enum Target {
    /// A function's symbol (an index into the symbols `DebugInfo::emit` collects).
    Symbol(usize),
    /// The start of another debug section.
    Section(SectionId),
}

/// A place in a debug section that the linker fills with `target`'s address plus `addend`.
#[derive(Clone)]
struct DebugRelocation {
    offset: usize,
    size: u8,
    target: Target,
    addend: i64,
}

/// A section's bytes, with a relocation (and zeros in the bytes) wherever gimli writes an
/// address of code or an offset into another section.
#[derive(Clone)]
struct RelocatingWriter {
    bytes: EndianVec<LittleEndian>,
    relocations: Vec<DebugRelocation>,
}

impl RelocatingWriter {
    fn new() -> RelocatingWriter {
        RelocatingWriter {
            bytes: EndianVec::new(LittleEndian),
            relocations: Vec::new(),
        }
    }
}

impl Writer for RelocatingWriter {
    type Endian = LittleEndian;

    fn endian(&self) -> LittleEndian {
        LittleEndian
    }

    fn len(&self) -> usize {
        self.bytes.len()
    }

    fn write(&mut self, bytes: &[u8]) -> gimli::write::Result<()> {
        self.bytes.write(bytes)
    }

    fn write_at(&mut self, offset: usize, bytes: &[u8]) -> gimli::write::Result<()> {
        self.bytes.write_at(offset, bytes)
    }

    fn write_address(&mut self, address: Address, size: u8) -> gimli::write::Result<()> {
        match address {
            Address::Constant(value) => self.write_udata(value, size),
            Address::Symbol { symbol, addend } => {
                self.relocations.push(DebugRelocation {
                    offset: self.len(),
                    size,
                    target: Target::Symbol(symbol),
                    addend,
                });
                self.write_udata(0, size)
            }
        }
    }

    fn write_offset(
        &mut self,
        value: usize,
        section: SectionId,
        size: u8,
    ) -> gimli::write::Result<()> {
        self.relocations.push(DebugRelocation {
            offset: self.len(),
            size,
            target: Target::Section(section),
            addend: value as i64,
        });
        self.write_udata(0, size)
    }

    fn write_offset_at(
        &mut self,
        offset: usize,
        value: usize,
        section: SectionId,
        size: u8,
    ) -> gimli::write::Result<()> {
        self.relocations.push(DebugRelocation {
            offset,
            size,
            target: Target::Section(section),
            addend: value as i64,
        });
        self.write_udata_at(offset, 0, size)
    }
}

#[cfg(test)]
mod tests {
    use super::SymbolNames;

    #[test]
    fn repeated_names_get_a_number() {
        let mut names = SymbolNames::new();
        assert_eq!(names.name("__main__", "f", ""), "py:__main__.f");
        assert_eq!(names.name("__main__", "f", "[int]"), "py:__main__.f[int]");
        assert_eq!(names.name("__main__", "f", ""), "py:__main__.f#2");
        assert_eq!(names.name("__main__", "f", ""), "py:__main__.f#3");
        assert_eq!(
            names.name("pkg.mod", "C.<lambda>", ""),
            "py:pkg.mod.C.<lambda>"
        );
    }
}
