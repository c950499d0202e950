package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// printPeakRSS reads, decodes and validates file as a program would, then prints the peak
// resident memory of the process and the size of the file, in bytes. how says how the file
// is read: "bytes", all of it with os.ReadFile and then decoded from a bytes.Reader, or
// "file", decoded from the *os.File.
func printPeakRSS(file, how string) error {
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	var f *jscd.Framework
	switch how {
	case "bytes":
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		f, err = jscd.Decode(bytes.NewReader(data), jscd.MaxBytes(int64(len(data))))
		if err != nil {
			return err
		}
		runtime.KeepAlive(data)
	case "file":
		in, err := os.Open(file)
		if err != nil {
			return err
		}
		defer in.Close()
		f, err = jscd.Decode(in, jscd.MaxBytes(info.Size()))
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("-rss-read %q: want bytes or file", how)
	}
	if err := f.Validate(); err != nil {
		return err
	}
	runtime.KeepAlive(f)
	peak, ok := peakRSS()
	if !ok {
		return fmt.Errorf("peak RSS is not measured on %s", runtime.GOOS)
	}
	fmt.Println(peak, info.Size())
	return nil
}

// execOutput runs a program and returns its standard output, or an error with its standard
// error.
func execOutput(name string, args ...string) (string, error) {
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}
