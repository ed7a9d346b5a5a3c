"""stumpglow: Verilog on Lattice iCE40UP5K (iCEBreaker) -> ECP5 (ULX3S), yosys, nextpnr,
apio -> Makefile -> FuseSoC, cocotb (Icarus -> Verilator), SymbiYosys, HUB75 LED panels.
Domain: LED scoreboard for a village cricket club, fed from a scorer's keypad and tablet."""
from authoring import sh, commit, note, chat, edit, file, pool, q

NAME, ABBR, CWD = "stumpglow", "sg", "~/hw/stumpglow"

RECORDS = [
    # ---- paraphrase answers and distractors
    note("sg.p1.d", 13, "Afternoon game against Ashby: the display's top half showed the batting side. "
         "Some spectators said it would shimmer in the heat haze anyway."),
    commit("sg.p1.a", 15, "Latch only after OE is deasserted\n\nThe HUB75 LAT strobe overlapped the output-"
           "enable window by one clk, so rows 0-15 ghosted while the next row's data was shifting in.",
           [("M", "rtl/hub75_driver.v")]),
    commit("sg.p2.d", 18, "Add +2 and +4 shortcuts for the scorer\n\nRuns total updates once per press; the "
           "two-run shortcut is sometimes wanted for overthrows.", [("M", "rtl/score_regs.v")]),
    edit("sg.p2.a", 20, "rtl/keypad_scan.v", "Add a debounce counter per key (2^20 cycles at 48 MHz, about "
         "21.8 ms) before raising key_strobe; contact bounce on the membrane keypad produced double edges."),
    note("sg.p3.d", 25, "Tea break: the board should show 'TEA' while the tablet is idle. Gibberish test "
         "pattern removed from the startup sequence."),
    note("sg.p3.a", 27, "UART RX had no framing-error recovery. When the Pi's serial line dropped, rx sat "
         "mid-frame and every later byte was shifted by a bit. Added a line-low timeout that resets the "
         "receiver after 2 character periods."),
    note("sg.p4.d", 29, "Club wants the last column of lights in the club colour (maroon), to come on when a "
         "wicket falls; wrong-ball signal in amber."),
    commit("sg.p4.a", 31, "Fix off-by-one in the shift counter: clock 64 pixels, not 63\n\nThe final pixel "
           "latched the previous R1/G1/B1 bits.", [("M", "rtl/hub75_driver.v"),
                                                   ("M", "sim/test_hub75.py")]),
    commit("sg.p5.d", 33, "Docs: wiring for the second bank of panels\n\nHow the ribbon is plugged from panel "
           "4 to 5; the board goes in the dark shed over winter as soon as the season ends.",
           [("M", "docs/wiring.md")]),
    chat("sg.p5.a", 36, "When I connect tiles 5-8 the 5V rail sags to 4.3 V and the FPGA resets.",
         "Each 64x32 tile can pull about 3.5 A at full white, so one 10 A PSU can't feed eight. Add "
         "another supply per four tiles with a common ground, and cap brightness through the PWM depth."),
    note("sg.p6.d", 42, "Overs figure: the umpire wants balls shown as 12.3 style. A lag behind the signal "
         "of a few seconds is fine."),
    note("sg.p6.a", 44, "Clock-domain crossing bug: the score register is written in the 12 MHz UART domain "
         "and read in the 48 MHz display domain through a single flop. Now goes through a req/ack "
         "handshake synchroniser, so a half-updated value is never latched."),
    # ---- command_fact
    sh("sg.c1.d", 16, "nextpnr-ice40 --up5k --package sg48 --json build/top.json --pcf icebreaker.pcf --asc "
       "build/top.asc", "Info: Max frequency for clock 'clk48_$glb_clk': 41.87 MHz (FAIL at 48.00 MHz)\n"
       "ERROR: Max frequency for clock 'clk48_$glb_clk': 41.87 MHz (FAIL at 48.00 MHz)", code=255),
    sh("sg.c1.a", 17, "nextpnr-ice40 --up5k --package sg48 --json build/top.json --pcf icebreaker.pcf --asc "
       "build/top.asc", "Info: Max frequency for clock 'clk48_$glb_clk': 52.31 MHz (PASS at 48.00 MHz)\n"
       "Info: Program finished normally."),
    sh("sg.c2.d", 10, "yosys -q -p 'synth_ice40 -top top -json build/top.json; stat' rtl/*.v",
       "=== top ===\n   Number of cells:               4019\n     SB_LUT4                      3208\n"
       "     SB_RAM40_4K                    12"),
    sh("sg.c2.a", 19, "yosys -q -p 'synth_ice40 -top top -json build/top.json; stat' rtl/*.v",
       "=== top ===\n   Number of cells:               5962\n     SB_CARRY                      402\n"
       "     SB_DFFER                      611\n     SB_LUT4                      4711\n"
       "     SB_RAM40_4K                    28"),
    commit("sg.c5.a", 23, "Target the ULX3S: LFE5U-85F-6BG381C\n\nnextpnr-ecp5 --85k --package CABGA381; pin "
           "map in boards/ulx3s.lpf.", [("A", "boards/ulx3s.lpf"), ("M", "Makefile")]),
    sh("sg.c5.d", 24, "openFPGALoader --detect", "index 0:\n\tidcode 0x41113043\n\tmanufacturer lattice\n"
       "\tfamily ECP5\n\tmodel  LFE5U-85\n\tirlength 8"),
    sh("sg.c3.a", 26, "make -C sim", "** TEST                                STATUS  SIM TIME (ns)  REAL TIME (s)\n"
       "** test_uart_rx.test_byte_roundtrip     PASS        86840.00           0.41\n"
       "** test_uart_rx.test_framing_error      FAIL        43420.00           0.22\n"
       "** TESTS=9 PASS=8 FAIL=1 SKIP=0", code=2),
    sh("sg.c3.d", 27, "make -C sim", "** test_uart_rx.test_line_low_reset     PASS        52100.00           0.25\n"
       "** TESTS=10 PASS=10 FAIL=0 SKIP=0"),
    sh("sg.c6.d", 38, "verilator --lint-only -Wall rtl/uart_rx.v", "%Warning-UNUSEDSIGNAL: rtl/uart_rx.v:31:15: "
       "Signal is not used: 'parity_bit'\n%Error: Exiting due to 1 warning(s)", code=1),
    sh("sg.c6.a", 38, "verilator --lint-only -Wall -Irtl rtl/top.v", "%Warning-WIDTHTRUNC: "
       "rtl/hub75_driver.v:118:22: Operator ASSIGNW expects 6 bits on the Assign RHS, but Assign RHS's SEL "
       "generates 7 bits.\n%Error: Exiting due to 1 warning(s)", code=1),
    sh("sg.c4.d", 44, "sby -f formal/score_sync.sby", "SBY 11:40:02 [score_sync] engine_0: Assert failed in "
       "top: formal/score_sync.sv:44\nSBY 11:40:02 [score_sync] DONE (FAIL, rc=2)", code=2),
    sh("sg.c4.a", 45, "sby -f formal/score_sync.sby", "SBY 14:02:11 [score_sync] engine_0: Status returned "
       "pass\nSBY 14:02:14 [score_sync] summary: Elapsed clock time [H:MM:SS (secs)]: 0:03:17 (197)\n"
       "SBY 14:02:14 [score_sync] DONE (PASS, rc=0)"),
    # ---- knowledge_update
    note("sg.k1.o", 1, "Target board: iCEBreaker (iCE40UP5K), 5280 LUTs and 128 KB SPRAM, enough for six "
         "panels."),
    commit("sg.k2.o", 3, "Layout for 6 panels of 64x32 in a 3x2 grid\n\nRuns and wickets on top, overs "
           "and target underneath.", [("A", "rtl/layout.v")]),
    edit("sg.k3.o1", 5, "rtl/uart_rx.v", "parameter BAUD = 115200; // serial link from the scorer"),
    note("sg.k5.o", 9, "cocotb runs on Icarus (SIM=icarus), iverilog 12 from apt."),
    note("sg.k4.o", 10, "PWM: 8 bits per channel with binary code modulation, about 120 Hz refresh on six "
         "panels."),
    note("sg.k6.o", 12, "Brightness: fixed at 50% in rtl/hub75_params.vh; full white in the sun is too much "
         "for the supply anyway."),
    edit("sg.k7.o", 16, "rtl/idle_blank.v", "localparam IDLE_MIN = 20; // blank the panels after 20 minutes "
         "without a key press or a frame"),
    note("sg.k1.a", 24, "We're on the ULX3S now (ECP5 85F). The UP5K ran out of block RAM once the bigger "
         "font went in."),
    note("sg.k5.a", 30, "cocotb now runs on Verilator 5.028: the 8-panel frame tests took 9 minutes under "
         "Icarus and take 40 s this way."),
    commit("sg.k2.a", 34, "Drive 8 panels (4x2)\n\nAdds the last-man score and the required run rate.",
           [("M", "rtl/hub75_driver.v"), ("M", "rtl/layout.v")]),
    commit("sg.k3.o2", 37, "Raise UART to 230400 baud\n\n115200 could not keep up with the tablet's full-"
           "state frames at 10 Hz.", [("M", "rtl/uart_rx.v"), ("M", "tools/send_score.py")]),
    commit("sg.k4.a", 40, "Drop to 6-bit colour depth\n\nWith 8 panels chained, 8-bit BCM fell to 70 Hz; "
           "6 bits per channel brings the refresh back up.", [("M", "rtl/hub75_params.vh")]),
    commit("sg.k6.a", 46, "Brightness follows the LDR on the pavilion roof\n\nADC reading mapped to OE duty "
           "through a small table; no more fixed 50%.", [("A", "rtl/ldr_adc.v"), ("M", "rtl/hub75_driver.v")]),
    note("sg.k7.a", 50, "Idle blanking now waits 45 minutes: the board went dark during a long rain delay "
         "while the crowd was still there."),
    note("sg.k3.a", 52, "Serial link is 57600 baud now. We went RS-485 over the 40 m cable to the pavilion, "
         "and 230400 dropped bytes on that run."),
    # ---- first_attempt
    commit("sg.f1.a", 1, "apio project for the iCEBreaker\n\napio build and apio upload, apio.ini pins "
           "the board.", [("A", "apio.ini"), ("A", "rtl/top.v")]),
    note("sg.f7.a", 1, "No simulation yet: I test by loading the bitstream and watching the panel."),
    note("sg.f2.a", 2, "Scores go in with the three push buttons on the iCEBreaker break-off PMOD (run+, "
         "wicket+, ball+) for now."),
    note("sg.f5.a", 4, "Flashing: iceprog build/top.bin over the on-board FTDI."),
    edit("sg.f6.a", 4, "rtl/top.v", "input clk12; // run everything straight off the 12 MHz oscillator"),
    edit("sg.f3.a", 6, "rtl/font5x7.hex", "5x7 ASCII font ROM; digits are scaled x2 by pixel doubling."),
    commit("sg.f4.a", 7, "Frame buffer in SPRAM\n\nOne buffer, shared by the UART writer and the panel "
           "scanner.", [("A", "rtl/framebuf.v")]),
    commit("sg.f7.l", 8, "Add a cocotb testbench for the keypad scanner (SIM=icarus)",
           [("A", "sim/test_keypad.py"), ("A", "sim/Makefile")]),
    commit("sg.f2.l1", 9, "Membrane keypad scanner (4x4) on PMOD 1A", [("A", "rtl/keypad_scan.v")]),
    commit("sg.f1.l1", 11, "Replace apio with a plain Makefile\n\nCalls yosys, nextpnr-ice40 and icepack "
           "directly so the flags are visible.", [("A", "Makefile"), ("D", "apio.ini")]),
    note("sg.f6.l", 12, "System clock is 48 MHz from an SB_PLL40_PAD now."),
    commit("sg.f3.l", 19, "Big 10x16 digit glyphs from fonts/digits10x16.hex\n\nReadable from the far "
           "boundary.", [("A", "fonts/digits10x16.hex"), ("M", "rtl/glyphs.v")]),
    note("sg.f2.l2", 21, "Scorer now uses the tablet app; a Pi 4 in the box forwards frames to the FPGA over "
         "UART. The keypad stays as a backup."),
    note("sg.f5.l", 25, "Flashing is openFPGALoader -b ulx3s now."),
    commit("sg.f4.l", 26, "Double-buffer the frame and swap at frame end\n\nNo more half-drawn digits "
           "while a score update lands.", [("M", "rtl/framebuf.v")]),
    commit("sg.f1.l2", 39, "Build with FuseSoC\n\nstumpglow.core lists targets icebreaker and ulx3s: "
           "fusesoc run --target=ulx3s stumpglow.", [("A", "stumpglow.core"), ("D", "Makefile")]),
]

FILLERS = [
    commit(None, (3, 20), "Add a test pattern mode (hold RUN+WKT at power-up)", [("M", "rtl/top.v")]),
    commit(None, (8, 30), "Rename hub75_shift to hub75_driver", [("A", "rtl/hub75_driver.v"),
                                                                 ("D", "rtl/hub75_shift.v")]),
    commit(None, (9, 22), "Constraints: pull-ups on the keypad rows", [("M", "icebreaker.pcf")]),
    commit(None, (20, 50), "README: wiring table for the PMOD pins", [("M", "README.md")]),
    commit(None, (30, 58), "Move panel timing constants into hub75_params.vh", [("A", "rtl/hub75_params.vh"),
                                                                              ("M", "rtl/hub75_driver.v")]),
    chat(None, (5, 30), "What's the difference between BCM and plain PWM for LED matrix panels?",
         "With binary code modulation each bit plane is shown for a time proportional to its weight, so you "
         "need N planes per frame instead of 2^N steps; plain PWM needs a counter per pixel."),
    chat(None, (15, 50), "nextpnr warns 'promoting key_strobe to a global buffer' - should I care?",
         "Only if it is used as a clock. Here it is an enable, so keep it in the clk48 domain and stop "
         "nextpnr promoting it.", src="cursor", files=["rtl/keypad_scan.v"]),
    note(None, (6, 40), "Club AGM: the sponsors would like their logo on the board between overs."),
    note(None, (20, 58), "The pavilion socket shares a circuit with the tea urn; check the breaker when the "
         "urn is on."),
    edit(None, (10, 40), "rtl/hub75_params.vh", "`define ROW_ADDR_BITS 4 and `define PANEL_W 64 moved here "
         "from the driver."),
    edit(None, (21, 55), "tools/send_score.py", "Add --dry-run that prints the frame bytes instead of "
         "writing them.", src="cursor"),
    file(None, (2, 22), "icebreaker.pcf", "set_io clk12 35\nset_io -pullup yes key_row[0] 4\n"
         "set_io -pullup yes key_row[1] 2\nset_io hub75_lat 43\nset_io hub75_oe 38"),
]

POOL = [
    pool("git status -sb", "## main...origin/main\n M rtl/hub75_driver.v", w=4),
    pool("git log --oneline -3", "a41e90c driver: tidy row counter\n7be2f13 sim: keypad cases\n"
         "c0d9911 docs: pinout", w=2),
    pool("apio build", "Executing: yosys -p \"synth_ice40 -json hardware.json\" -q *.v\n[SUCCESS] Took 14.2 "
         "seconds", w=3, days=(1, 10)),
    pool("apio upload", "cdone: high\n[SUCCESS] Took 3.1 seconds", w=2, days=(1, 10)),
    pool("make", "yosys -q -p 'synth_ice40 -top top -json build/top.json' rtl/*.v\nnextpnr-ice40 --up5k "
         "--package sg48 ...\nicepack build/top.asc build/top.bin", w=3, days=(11, 22)),
    pool("make BOARD=ulx3s", "yosys -q -p 'synth_ecp5 -top top -json build/top.json' rtl/*.v\n"
         "nextpnr-ecp5 --85k --package CABGA381 ...\necppack build/top.config build/top.bit",
         w=3, days=(23, 38)),
    pool("fusesoc run --target=ulx3s stumpglow", "INFO: Building stumpglow:scoreboard:0.3.0\n"
         "INFO: Running build done", w=3, days=(39, 60)),
    pool("iceprog build/top.bin", "init..\ncdone: high\nBye.", w=2, days=(4, 24)),
    pool("openFPGALoader -b ulx3s build/top.bit", "Loading: [==================================] 100.00%\nDone",
         w=2, days=(25, 60)),
    pool("make -C sim SIM=icarus", "** TESTS=6 PASS=6 FAIL=0 SKIP=0", w=2, days=(8, 29)),
    pool("make -C sim SIM=icarus", "rtl/hub75_driver.v:77: syntax error\nI give up.", code=2, w=1, days=(8, 29)),
    pool("make -C sim SIM=verilator", "** TESTS=12 PASS=12 FAIL=0 SKIP=0", w=2, days=(30, 60)),
    pool("gtkwave sim/dump.fst &", None, w=1, days=(8, 60)),
    pool("verilator --lint-only -Wall rtl/keypad_scan.v", None, w=1),
    pool("python3 tools/send_score.py --port /dev/ttyUSB1 --runs 142 --wkts 6 --overs 31.4",
         "sent 18 bytes, ack 0x06", w=2, days=(12, 60)),
    pool("ssh scorepi sudo systemctl restart score-relay", None, w=1, days=(21, 60)),
    pool("ssh scorepi journalctl -u score-relay -n 3 --no-pager", "score-relay[812]: forwarded frame 4471\n"
         "score-relay[812]: tablet connected from 10.0.0.23", w=1, days=(21, 60)),
    pool("yosys -V", "Yosys 0.45 (git sha1 9ed031ddd, g++ 13.2.0 -fPIC -O3)", w=1),
    pool("python3 tools/mkfont.py fonts/digits.png > fonts/digits10x16.hex", None, w=1, days=(19, 60)),
    pool("ls -lh build/", "-rw-r--r-- 1 tom tom 1.2M top.json\n-rw-r--r-- 1 tom tom 104K top.bin", w=1),
]

QUESTIONS = [
    q("paraphrase", "Why did the top half of the display shimmer during the afternoon game?", ["sg.p1.a"],
      note="The LAT strobe overlapped output enable, ghosting rows 0-15.", distractors=["sg.p1.d"]),
    q("paraphrase", "How come the runs total sometimes jumped by two when the scorer pressed once?",
      ["sg.p2.a"], note="Keypad contact bounce without debounce gave double edges.", distractors=["sg.p2.d"]),
    q("paraphrase", "Why did the board show gibberish after the tablet had been idle over the tea break?",
      ["sg.p3.a"], note="The UART receiver never recovered from a framing error.", distractors=["sg.p3.d"]),
    q("paraphrase", "Why did the last column of lights come out in the wrong colour?", ["sg.p4.a"],
      note="The shift counter clocked 63 pixels, so the final one latched stale bits.",
      distractors=["sg.p4.d"]),
    q("paraphrase", "Why did the board go dark as soon as the second bank of panels was plugged in?",
      ["sg.p5.a"], note="One 10 A supply could not feed eight tiles; the 5V rail sagged.",
      distractors=["sg.p5.d"]),
    q("paraphrase", "Why did the overs figure lag a ball behind the umpire?", ["sg.p6.a"],
      note="Unsafe clock-domain crossing of the score register.", distractors=["sg.p6.d"]),
    q("command_fact", "What fmax did place and route report for the main clock on the small board?",
      ["sg.c1.a"], note="The passing nextpnr-ice40 run.", keys=["52.31 MHz"], distractors=["sg.c1.d"]),
    q("command_fact", "How many lookup tables did synthesis use on the iCE40 before the board move?",
      ["sg.c2.a"], note="yosys stat output on day 19.", keys=["4711"], distractors=["sg.c2.d"]),
    q("command_fact", "Which simulation test of the serial receiver was failing?", ["sg.c3.a"],
      note="The cocotb results table.", keys=["test_framing_error"], distractors=["sg.c3.d"]),
    q("command_fact", "How long did the formal proof of the score handshake take to run?", ["sg.c4.a"],
      note="SymbiYosys summary line.", keys=["0:03:17 (197)"], distractors=["sg.c4.d"]),
    q("command_fact", "Which exact FPGA part number does the new board's build target?", ["sg.c5.a"],
      note="Only the ULX3S commit names the full part.", keys=["LFE5U-85F-6BG381C"], distractors=["sg.c5.d"]),
    q("command_fact", "Which line did the linter complain about in the cricket scoreboard's LED driver?",
      ["sg.c6.a"], note="verilator --lint-only on top.v.", keys=["hub75_driver.v:118:22"],
      distractors=["sg.c6.d"], null=True),
    q("knowledge_update", "Which FPGA board is the scoreboard built for now?", ["sg.k1.a"], ["sg.k1.o"],
      note="iCEBreaker first, ULX3S from day 24."),
    q("knowledge_update", "How many LED panels make up the board at the moment?", ["sg.k2.a"], ["sg.k2.o"],
      note="Six at first, eight since day 34."),
    q("knowledge_update", "What baud rate does the serial link run at these days?", ["sg.k3.a"],
      ["sg.k3.o1", "sg.k3.o2"], note="115200, then 230400, now 57600 over RS-485."),
    q("knowledge_update", "How many bits of colour depth does the panel driver use currently?", ["sg.k4.a"],
      ["sg.k4.o"], note="8-bit BCM dropped to 6 bits on day 40."),
    q("knowledge_update", "Which simulator runs the cocotb tests now?", ["sg.k5.a"], ["sg.k5.o"],
      note="Icarus, then Verilator."),
    q("knowledge_update", "How is the panel brightness set now?", ["sg.k6.a"], ["sg.k6.o"],
      note="Fixed 50%, then driven by the LDR."),
    q("knowledge_update", "How long does the cricket scoreboard wait before blanking itself now?",
      ["sg.k7.a"], ["sg.k7.o"], note="20 minutes, raised to 45.", null=True),
    q("first_attempt", "What did we use to build the bitstream at the very start?", ["sg.f1.a"],
      ["sg.f1.l1", "sg.f1.l2"], note="apio, then a Makefile, then FuseSoC."),
    q("first_attempt", "How were scores entered originally?", ["sg.f2.a"], ["sg.f2.l1", "sg.f2.l2"],
      note="Board push buttons, then a keypad, then the tablet via the Pi."),
    q("first_attempt", "What font did the digits use to begin with?", ["sg.f3.a"], ["sg.f3.l"],
      note="A doubled 5x7 ROM before the 10x16 glyphs."),
    q("first_attempt", "Initially, how many frame buffers did the display have?", ["sg.f4.a"], ["sg.f4.l"],
      note="One shared buffer, double-buffered from day 26."),
    q("first_attempt", "Before openFPGALoader, what flashed the board?", ["sg.f5.a"], ["sg.f5.l"],
      note="iceprog over the FTDI."),
    q("first_attempt", "What clock did the design run from at first?", ["sg.f6.a"], ["sg.f6.l"],
      note="The raw 12 MHz oscillator before the PLL."),
    q("first_attempt", "How did the scoreboard's RTL get tested in the beginning?", ["sg.f7.a"], ["sg.f7.l"],
      note="On hardware only, before the cocotb bench.", null=True),
]
