// Package jscd gives typed models and validation for bilateral security-cooperation
// frameworks: the agreements, dialogues, committees, meetings, commitments and stakeholders
// through which two states organise their defence relationship.
//
// (The full overview is being written.)
package jscd
