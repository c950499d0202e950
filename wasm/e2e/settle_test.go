package e2e

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Chromium keeps both cores of a 2-vCPU machine busy for about 1.3 s after it is launched
// (profile, services, its first tab), well after the DevTools connection is up. A page opened
// in that time shares the machine with the browser's own start-up, and loads much slower than
// in a browser that is already running, as a visitor's is. So the measurements, which start a
// browser for every load, open their pages once the machine is quiet again.
const (
	settleWindow  = 100 * time.Millisecond
	settleBusy    = 0.10 // share of all cores busy in a window that counts as quiet
	settleWindows = 2    // quiet windows in a row
	settleMax     = 8 * time.Second
)

// settle waits until the machine is quiet: settleWindows windows in a row with under
// settleBusy of its CPU time busy, or settleMax at most (then it says so in the log). Where
// the kernel's counters cannot be read it waits a fixed two seconds. JSCD_SETTLE=0 turns it
// off, to measure pages opened right after the browser's launch.
func settle(t *testing.T) {
	t.Helper()
	if os.Getenv("JSCD_SETTLE") == "0" {
		return
	}
	prev, err := readCPU()
	if err != nil {
		t.Logf("waiting 2 s for the browser to finish starting (%v)", err)
		time.Sleep(2 * time.Second)
		return
	}
	start := time.Now()
	quiet := 0
	for quiet < settleWindows {
		if time.Since(start) > settleMax {
			t.Logf("the machine did not become quiet within %v after the browser started; going on", settleMax)
			return
		}
		time.Sleep(settleWindow)
		cur, err := readCPU()
		if err != nil {
			t.Fatalf("reading CPU counters: %v", err)
		}
		if cur.busyShare(prev) < settleBusy {
			quiet++
		} else {
			quiet = 0
		}
		prev = cur
	}
}

// cpuTimes are the machine's CPU counters (all cores, in clock ticks) from /proc/stat.
type cpuTimes struct{ total, idle uint64 }

// busyShare is the share of the time since prev that the CPUs were busy.
func (c cpuTimes) busyShare(prev cpuTimes) float64 {
	total := c.total - prev.total
	if total == 0 {
		return 0
	}
	return 1 - float64(c.idle-prev.idle)/float64(total)
}

// readCPU reads the first line of /proc/stat: "cpu user nice system idle iowait irq …".
func readCPU() (cpuTimes, error) {
	f, err := os.Open("/proc/stat")
	if err != nil {
		return cpuTimes{}, err
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil {
		return cpuTimes{}, fmt.Errorf("/proc/stat: %w", err)
	}
	return parseCPULine(line)
}

func parseCPULine(line string) (cpuTimes, error) {
	fields := strings.Fields(line)
	if len(fields) < 6 || fields[0] != "cpu" {
		return cpuTimes{}, fmt.Errorf("/proc/stat: unexpected first line %q", line)
	}
	var c cpuTimes
	for i, f := range fields[1:] {
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			return cpuTimes{}, fmt.Errorf("/proc/stat: field %d of %q: %w", i+1, line, err)
		}
		c.total += n
		if i == 3 || i == 4 { // idle, iowait
			c.idle += n
		}
	}
	return c, nil
}

func TestParseCPULine(t *testing.T) {
	c, err := parseCPULine("cpu  100 5 50 800 20 0 25 0 0 0\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.total != 1000 || c.idle != 820 {
		t.Errorf("parsed %+v, want total 1000, idle 820", c)
	}
	later := cpuTimes{total: 1100, idle: 870}
	if got := later.busyShare(c); got != 0.5 {
		t.Errorf("busy share %v, want 0.5", got)
	}
	for _, bad := range []string{"", "intr 1 2 3", "cpu 1 2 x 4 5"} {
		if _, err := parseCPULine(bad); err == nil {
			t.Errorf("parseCPULine(%q) gave no error", bad)
		}
	}
}
