//! Loom models of weft's src/sync protocols (built with --cfg loom).
