"""gunwhale (gw): Ada 2022 / SPARK firmware for a dinghy sailing club's race start box
(horn relay, class lamps, countdown digits, finish-time log). Alire, GNAT arm-elf, AUnit, gnatprove.

Day 0 is Monday 6 January 2025.
"""
from authoring import sh, commit, note, chat, edit, file, pool_cmd, q

NAME = "gunwhale"
ABBR = "gw"
CWD = "~/ada/gunwhale"

R = []
Q = []

# ---------------------------------------------------------------- paraphrase
R += [
    commit("gw_p1_ans", 26,
           "Relay driver: 10k pull-down on the MOSFET gate + 20 ms debounce in software\n\n"
           "A handheld transmitting a metre away induced a pulse on the long unshielded lead to the\n"
           "relay board, which closed the contacts. Ferrite on the lead too.",
           ["M src/horn.adb", "M hw/rev1/relay_board.kicad_sch"]),
    note("gw_p1_dis", 27,
         "Safety boat checklist: keep the VHF handset in the box next to the hooter, and someone should "
         "do a sound check of the hooter before the first race.", cli=False),
    chat("gw_p2_ans", 20,
         "User: my sequencer loop does `delay until Clock + Milliseconds (1000)` and ends up ~1.3 s late "
         "after half an hour. Why?\n"
         "Assistant: Each iteration adds the loop body's time on top of the period. Keep an absolute "
         "Next_Tick and do Next_Tick := Next_Tick + Period; delay until Next_Tick.",
         src="cursor", files=["src/sequencer.adb"]),
    note("gw_p2_dis", 21,
         "Race officer's notes for Sunday: the last start was a couple of seconds late because the "
         "officer's watch was behind the clubhouse clock. Remind everyone to sync watches.", cli=False),
    commit("gw_p3_ans", 42,
           "Raise brown-out level to 2.8 V, add 2200 uF bulk cap\n\n"
           "On a near-freezing LiFePO4 the pull-in current of the relay sagged the 3.3 V rail below\n"
           "BOR and the MCU reset in a loop while the lamps flickered.",
           ["M src/board_init.adb", "M hw/rev1/power.kicad_sch"]),
    chat("gw_p3_dis", 43,
         "User: what should I put in the regatta briefing about the cold morning start? The box should "
         "be out of the wind.\nAssistant: Mention where the start box sits, that the committee boat "
         "holds station at the pin end, and a freeze on launching if the wind is above ..."),
    edit("gw_p4_ans", 29, "src/sequencer.adb",
         "Rolling sequence: Class_Lamps is 1-based but the code used Current - 1, so the preceding class's "
         "lamp was switched on when the next warning signal went. Index from the current class."),
    note("gw_p4_dis", 30,
         "Shopping: flag light bulbs (wrong fleet colour ordered last time, came as amber), second start "
         "pennant. Ask the bosun.", cli=False),
    commit("gw_p5_ans", 49,
           "Finish export: zero-pad the hour field\n\n"
           "Sailwave sorts the imported time as text, so 9:58:40 landed after 10:02:05 and every\n"
           "finisher before ten o'clock dropped down the list.",
           ["M src/finish_log.adb", "M tests/finish_log_tests.adb"]),
    note("gw_p5_dis", 50,
         "Results sheet for the winter series: half the boats never signed off - put a note on the "
         "board. Wrong order of the handicap columns last time too.", cli=False),
    note("gw_p6_ans", 33,
         "Without a fix the L76 sends ZDA with year 80 from its default almanac, and we copied it into "
         "the RTC. Ignore ZDA until RMC says status A.", cli=False),
    note("gw_p6_dis", 34,
         "Cold start of the season: the box thinks it can go out on Sunday, but the 1980s trailer needs "
         "a new wheel bearing first.", cli=False),
]
Q += [
    q("paraphrase", "Why did the hooter go off by itself when somebody keyed the VHF near the box?",
      ["gw_p1_ans"], "RF pickup on the unshielded relay lead; pull-down + debounce",
      distractors=["gw_p1_dis"]),
    q("paraphrase", "Why was the countdown a couple of seconds behind the race officer's watch by the last start?",
      ["gw_p2_ans"], "delay until Clock + 1 s lost the loop time each tick",
      distractors=["gw_p2_dis"]),
    q("paraphrase", "Why did the start box keep freezing up at the cold morning regatta?",
      ["gw_p3_ans"], "brown-out resets when the relay pulled in on a cold battery",
      distractors=["gw_p3_dis"]),
    q("paraphrase", "Why did the wrong fleet's flag light come on at the second start?",
      ["gw_p4_ans"], "off-by-one on the 1-based Class_Lamps array", distractors=["gw_p4_dis"]),
    q("paraphrase", "Why did the results sheet put half the boats in the wrong order?",
      ["gw_p5_ans"], "unpadded hours sorted as text in Sailwave", distractors=["gw_p5_dis"]),
    q("paraphrase", "Why did the box think it was 1980 after a cold start?",
      ["gw_p6_ans"], "GPS ZDA year 80 before a fix was copied into the RTC", distractors=["gw_p6_dis"]),
]

# ---------------------------------------------------------------- command_fact
R += [
    sh("gw_c1_ans", 36, "alr build --release",
       "ⓘ Building gunwhale=0.4.0/gunwhale.gpr...\nCompile\n   [Ada]          sequencer.adb\n   [Ada]          horn.adb\n"
       "   [Ada]          finish_log.adb\nBind\nLink\n   [link]         gunwhale.adb\n"
       "Build finished successfully in 48.21 seconds."),
    sh("gw_c1_dis", 36, "alr build",
       "ⓘ Building gunwhale=0.4.0/gunwhale.gpr...\nCompile\n   [Ada]          sequencer.adb\nBind\nLink\n"
       "Build finished successfully in 6.90 seconds."),
    sh("gw_c2_ans", 37, "arm-eabi-size bin/gunwhale",
       "   text\t   data\t    bss\t    dec\t    hex\tfilename\n  61244\t   1280\t   9320\t  71844\t  118a4\tbin/gunwhale"),
    sh("gw_c2_dis", 37, "openocd -f openocd.cfg -c 'init; flash info 0; exit'",
       "#0 : stm32g4x at 0x08000000, size 0x00080000, buswidth 0, chipwidth 0\n"
       "\t#  0: 0x00000000 (0x800 2kB) not protected\nSTM32G47x/G48x - Rev: Y, dual bank flash disabled"),
    sh("gw_c3_ans", 41, "gnatprove -P gunwhale.gpr --level=2 -j0",
       "Phase 1 of 2: generation of Global contracts ...\nPhase 2 of 2: flow analysis and proof ...\n"
       "Summary logged in obj/gnatprove/gnatprove.out\n"
       "Total: 412 checks, 398 proved, 14 justified, 0 unproved"),
    sh("gw_c3_dis", 41, "gnatprove -P gunwhale.gpr --level=2 -u sequencer.adb",
       "Phase 1 of 2: generation of Global contracts ...\nPhase 2 of 2: flow analysis and proof ...\n"
       "sequencer.adb:88:31: medium: overflow check might fail, cannot prove upper bound for Next_Tick + Period"),
    sh("gw_c4_ans", 16, "st-info --probe",
       "Found 1 stlink programmers\n  version:    V2J40S7\n  serial:     066DFF545057717867134433\n"
       "  flash:      524288 (pagesize: 2048)\n  sram:       131072\n  chipid:     0x0469\n  descr:      G4 Category-3"),
    sh("gw_c4_dis", 16, "openocd -f interface/stlink.cfg -f target/stm32g4x.cfg -c 'program bin/gunwhale verify reset exit'",
       "Info : STLINK V2J40S7 (API v2) VID:PID 0483:3748\nInfo : stm32g4x.cpu: hardware has 6 breakpoints, 4 watchpoints\n"
       "Info : flash size = 512 KiB\n"
       "** Programming Finished **\n** Verify Started **\n** Verified OK **"),
    sh("gw_c5_ans", 45, "python3 tools/rangetest.py --port /dev/ttyUSB0 --count 500 --label far-mark",
       "far-mark: sent 500, received 482/500, RSSI avg -91 dBm, min -103 dBm"),
    sh("gw_c5_dis", 45, "python3 tools/rangetest.py --port /dev/ttyUSB0 --count 500 --label near-mark",
       "near-mark: sent 500, received 500/500, RSSI avg -58 dBm, min -66 dBm"),
    commit("gw_c6_ans", 13,
           "Add aunit 24.0.0 as a test dependency\n\nHost-only tests crate under tests/.",
           ["M tests/alire.toml", "A tests/src/test_suite.adb"]),
    chat("gw_c6_dis", 12,
         "User: is AUnit the usual unit-test framework for Ada, or is there something lighter for a "
         "small embedded project?\nAssistant: AUnit is the standard xUnit-style framework and works on a "
         "native host build; for tiny checks some people just use pragma Assert ..."),
]
Q += [
    q("command_fact", "How long does a full optimised firmware compile take on my laptop?",
      ["gw_c1_ans"], "alr build --release: 48.21 seconds", keys=["48.21 seconds"], distractors=["gw_c1_dis"]),
    q("command_fact", "How much flash does the firmware's code section take up?",
      ["gw_c2_ans"], "arm-eabi-size text = 61244", keys=["61244"], distractors=["gw_c2_dis"]),
    q("command_fact", "How many checks did the prover manage to discharge on its own in the last full run?",
      ["gw_c3_ans"], "gnatprove summary: 398 proved", keys=["398 proved"], distractors=["gw_c3_dis"]),
    q("command_fact", "What's the serial number of the debug probe I used to flash the board?",
      ["gw_c4_ans"], "st-info --probe serial", keys=["066DFF545057717867134433"], distractors=["gw_c4_dis"]),
    q("command_fact", "How many packets got through in the range test out at the far mark?",
      ["gw_c5_ans"], "rangetest far-mark: received 482/500", keys=["482/500"], distractors=["gw_c5_dis"]),
    q("command_fact", "Which version of the unit-test framework does the sailing start box depend on?",
      ["gw_c6_ans"], "commit adds aunit 24.0.0", keys=["aunit 24.0.0"], project=None,
      distractors=["gw_c6_dis"]),
]

# ---------------------------------------------------------------- knowledge_update
R += [
    note("gw_k1_old", 2,
         "Default start sequence is 5-4-1-Go (RRS 26): horn and lamps at 5, 4, 1 and 0 minutes.", cli=False),
    commit("gw_k1_new", 32,
           "Default start sequence 3-2-1-Go\n\nClub racing wanted shorter gaps between fleets; 5-4-1-Go "
           "is still there under the long-press menu for open meetings.",
           ["M src/sequencer.ads", "M src/menu.adb", "M tests/sequencer_tests.adb"]),
    edit("gw_k2_old1", 5, "src/horn.ads",
         "Blast_Length : constant Time_Span := Milliseconds (1000);  -- one horn blast"),
    commit("gw_k2_old2", 18,
           "Shorten the horn blast to 600 ms\n\nRelay contacts were getting hot on a long sequence.",
           ["M src/horn.ads"]),
    note("gw_k2_new", 46,
         "Horn blast is 800 ms now. 600 ms was too short to hear downwind at the far mark; the new relay "
         "is rated for it.", cli=False),
    edit("gw_k3_old", 1, "alire.toml",
         '[[depends-on]]\ngnat_arm_elf = "^13.2.1"  # cross compiler'),
    commit("gw_k3_new", 36,
           "Cross compiler: gnat_arm_elf 14.1.3\n\n13.2 miscompiled the fixed-point division in "
           "Countdown.Remaining at -O2.",
           ["M alire.toml", "M .forgejo/workflows/build.yml"]),
    commit("gw_k4_old", 9,
           "CI: run gnatprove --level=1 on the Sequencer package",
           ["M .forgejo/workflows/build.yml"]),
    note("gw_k4_new", 40,
         "gnatprove in CI runs at --level=2 now: level 1 left three overflow checks unproved in Sequencer. "
         "About 4 minutes on the runner.", cli=False),
    note("gw_k5_old", 6,
         "Shore link to the committee boat: HC-12 433 MHz serial modules, 9600 baud, transparent mode.",
         cli=False),
    commit("gw_k5_new", 43,
           "Shore link on RFM69HCW 868 MHz with packet CRC\n\nThe HC-12 dropped bytes beyond ~500 m and "
           "had no framing.",
           ["A src/rfm69.adb", "A src/rfm69.ads", "D src/hc12.adb", "M src/shore_link.adb"]),
    commit("gw_k6_old", 14,
           "X lamp stays on for 4 minutes after an individual recall (RRS 29.1)",
           ["M src/recall.adb"]),
    note("gw_k6_new", 51,
         "Individual recall: X lamp now stays on until the race officer presses CLEAR, at most 4 minutes, "
         "and drops automatically 1 minute before the next class's start.", cli=False),
    commit("gw_k7_old", 12,
           "Export finish times as CSV (sail number, HH:MM:SS) for Sailwave import",
           ["A src/finish_log.adb", "A tools/pull_finishes.py"]),
    note("gw_k7_new", 55,
         "Finish times export: one line per boat with sail number and elapsed seconds from the class "
         "start, which Sailwave imports directly. The HH:MM:SS CSV is gone.", cli=False),
]
Q += [
    q("knowledge_update", "What countdown does the box run for a start now?",
      ["gw_k1_new"], "5-4-1-Go -> 3-2-1-Go (5-4-1 under long press)", outdated=["gw_k1_old"]),
    q("knowledge_update", "How long is each horn blast at the moment?",
      ["gw_k2_new"], "1000 ms -> 600 ms -> 800 ms", outdated=["gw_k2_old1", "gw_k2_old2"]),
    q("knowledge_update", "Which cross compiler version does the sailing club's start box build with now?",
      ["gw_k3_new"], "gnat_arm_elf 13.2 -> 14.1.3", outdated=["gw_k3_old"], project=None),
    q("knowledge_update", "What level do we run gnatprove at these days?",
      ["gw_k4_new"], "--level=1 -> --level=2", outdated=["gw_k4_old"]),
    q("knowledge_update", "What radio links the committee boat to the shore box now?",
      ["gw_k5_new"], "HC-12 433 MHz -> RFM69HCW 868 MHz", outdated=["gw_k5_old"]),
    q("knowledge_update", "How long does the X lamp stay on after an individual recall now?",
      ["gw_k6_new"], "fixed 4 min -> until CLEAR, max 4 min, drop 1 min before next start",
      outdated=["gw_k6_old"]),
    q("knowledge_update", "What format do the finish times come off the box in these days?",
      ["gw_k7_new"], "HH:MM:SS CSV -> elapsed seconds per boat", outdated=["gw_k7_old"]),
]

# ---------------------------------------------------------------- first_attempt
R += [
    note("gw_f1_ans", 0,
         "Prototype runs on an STM32F407 Discovery on the bench, relay shield on jumper wires.", cli=False),
    commit("gw_f1_l1", 28,
           "Board support for gunwhale-rev1 (STM32G474RE)",
           ["A src/bsp/rev1.ads", "M gunwhale.gpr", "M alire.toml"]),
    commit("gw_f2_ans", 1,
           "flash.sh: objcopy to .bin and st-flash write at 0x8000000",
           ["A flash.sh"]),
    commit("gw_f2_l1", 17,
           "Flash with openocd (stlink + stm32g4x.cfg); remove flash.sh\n\nst-flash 1.7 does not know the G4.",
           ["D flash.sh", "A openocd.cfg", "M README.md"]),
    note("gw_f3_ans", 3,
         "Time: set the RTC from the laptop before each session. Drift about 2 s a day, fine for now.",
         cli=False),
    commit("gw_f3_l1", 24,
           "Discipline the clock from Quectel L76 PPS + NMEA ZDA",
           ["A src/gps.adb", "A src/gps.ads", "M src/clock.adb"]),
    edit("gw_f4_ans", 4, "tests/on_target.adb",
         "Test harness runs on the board itself; results printed over semihosting."),
    commit("gw_f4_l1", 13,
           "AUnit host tests for Sequencer (native GNAT); drop the on-target harness",
           ["D tests/on_target.adb", "A tests/sequencer_tests.adb"]),
    note("gw_f4_l2", 31,
         "Sequencer tests and gnatprove both run in CI on the host now, no board attached.", cli=False),
    commit("gw_f5_ans", 2,
           "First bring-up on the light runtime (no tasking)",
           ["A gunwhale.gpr", "A src/gunwhale.adb"]),
    commit("gw_f5_l1", 15,
           "Switch to light-tasking-stm32g474: horn, lamps and display run as separate tasks",
           ["M gunwhale.gpr", "A src/horn_task.adb", "A src/display_task.adb"]),
    note("gw_f6_ans", 7,
         "Countdown shown on a TM1637 4-digit module for now. Unreadable from more than about 10 m.",
         cli=False),
    commit("gw_f6_l1", 34,
           "Countdown on four 100 mm 7-segment digits through TPIC6B595 shift registers",
           ["A src/big_digits.adb", "D src/tm1637.adb", "M src/display_task.adb"]),
    note("gw_f7_ans", 8,
         "Power: 12 V leisure battery borrowed from the safety boat, straight into an LM2596 buck module.",
         cli=False),
    commit("gw_f7_l1", 38,
           "LiFePO4 12 Ah pack + INA219 monitor; low-battery warning on the digits",
           ["A src/ina219.adb", "M src/display_task.adb", "M hw/rev1/power.kicad_sch"]),
]
Q += [
    q("first_attempt", "Which board did the start box firmware run on at the very start?",
      ["gw_f1_ans"], "STM32F407 Discovery, rev1 G474 board later", outdated=["gw_f1_l1"]),
    q("first_attempt", "How did I get firmware onto the board in the beginning?",
      ["gw_f2_ans"], "st-flash via flash.sh, openocd later", outdated=["gw_f2_l1"]),
    q("first_attempt", "Where did the box get its time from originally?",
      ["gw_f3_ans"], "RTC set by hand from the laptop, GPS later", outdated=["gw_f3_l1"]),
    q("first_attempt", "How were the sequencer tests run at first?",
      ["gw_f4_ans"], "on-target harness over semihosting, then AUnit on the host",
      outdated=["gw_f4_l1", "gw_f4_l2"]),
    q("first_attempt", "Which Ada runtime did we start out with?",
      ["gw_f5_ans"], "light runtime, then light-tasking", outdated=["gw_f5_l1"]),
    q("first_attempt", "What showed the countdown before the big digits?",
      ["gw_f6_ans"], "a TM1637 4-digit module", outdated=["gw_f6_l1"]),
    q("first_attempt", "How was the sailing club's start box powered at first?",
      ["gw_f7_ans"], "borrowed 12 V leisure battery + LM2596, LiFePO4 later", outdated=["gw_f7_l1"],
      project=None),
]

# ---------------------------------------------------------------- fillers
R += [
    commit("gw_fill_c1", (0, 5), "alr init gunwhale; blinky on the Discovery",
           ["A alire.toml", "A gunwhale.gpr", "A src/gunwhale.adb"]),
    commit("gw_fill_c2", (6, 22), "Menu: long press cycles sequences, short press starts",
           ["A src/menu.adb", "A src/menu.ads", "A src/buttons.adb"]),
    commit("gw_fill_c3", (20, 40), "Postponement (AP) handling: lamps off, horn x2",
           ["M src/sequencer.adb", "A tests/postpone_tests.adb"]),
    commit("gw_fill_c4", (35, 55), "Enclosure notes + cable glands in hw/README",
           ["M hw/README.md"]),
    commit("gw_fill_c5", (45, 60), "Finish button: record sail number from the keypad",
           ["M src/finish_log.adb", "A src/keypad.adb"]),
    chat("gw_fill_ch1", (3, 20),
         "User: in Ada how do I declare a fixed-point type for tenths of a second?\n"
         "Assistant: type Tenths is delta 0.1 range 0.0 .. 3600.0; with for Tenths'Small use 0.1; if you "
         "want the representation exact."),
    chat("gw_fill_ch2", (25, 58),
         "User: SPARK says 'memory accessed through objects of access type might not be initialized' - "
         "what does that mean here?\nAssistant: gnatprove cannot see the initialisation of the designated "
         "object; initialise at allocation or add a postcondition ...", src="cursor",
         files=["src/finish_log.adb"]),
    note("gw_fill_n1", (5, 30), "Club AGM 1 Feb - show the box working on the bench."),
    note("gw_fill_n2", (30, 60), "Ideas: beep count on the finish button, spare lamp fuses in the lid."),
    edit("gw_fill_e1", (10, 40), "src/menu.adb", "Menu: show sequence name for 2 s after a change.",
         src="cursor"),
    edit("gw_fill_e2", (40, 60), "src/display_task.adb", "Display: flash digits during the last 10 s."),
    file("gw_fill_f1", (20, 55), "gunwhale.gpr",
         'project Gunwhale is\n   for Runtime ("Ada") use "light-tasking-stm32g474";\n   for Target use "arm-eabi";\nend Gunwhale;'),
]

# ---------------------------------------------------------------- shell pool
POOL = [
    pool_cmd("git status -sb", "## main...origin/main", w=4),
    pool_cmd("git pull --rebase", "Already up to date.", w=2),
    pool_cmd("alr build", "Build finished successfully in 7.42 seconds.", w=3),
    pool_cmd("alr build", "sequencer.adb:61:07: error: \"Fleet_Index\" is undefined\ngprbuild: *** compilation phase failed\nerror: Build failed", code=1, w=1),
    pool_cmd("./flash.sh", "st-flash 1.7.0\nINFO common.c: Flash written and verified! jolly good!", lo=1, hi=16, w=2),
    pool_cmd("openocd -f openocd.cfg -c 'program bin/gunwhale verify reset exit'", "** Programming Finished **\n** Verified OK **", lo=17, w=2),
    pool_cmd("alr exec -- gnatprove -P gunwhale.gpr --level=1 -u sequencer.adb", "Summary logged in obj/gnatprove/gnatprove.out", lo=9, hi=39, w=1),
    pool_cmd("alr exec -- gnatprove -P gunwhale.gpr --level=2 -u sequencer.adb", "Summary logged in obj/gnatprove/gnatprove.out", lo=40, w=1),
    pool_cmd("cd tests && alr run", "OK Sequencer: 5-4-1 fires at 300/240/60/0 s\nOK Horn: blast count\n\nTotal Tests Run:   24\nSuccessful Tests:  24", lo=13, w=2, cwd="~/ada/gunwhale"),
    pool_cmd("picocom -b 115200 /dev/ttyACM0", "picocom v3.1\n\nport is        : /dev/ttyACM0\nTerminal ready\nSEQ 5-4-1 armed", hi=31, w=1),
    pool_cmd("picocom -b 115200 /dev/ttyACM0", "picocom v3.1\n\nport is        : /dev/ttyACM0\nTerminal ready\nSEQ 3-2-1 armed", lo=32, w=1),
    pool_cmd("gnatpp -P gunwhale.gpr --pipe src/sequencer.adb | diff - src/sequencer.adb", "", w=1),
    pool_cmd("arm-eabi-gdb bin/gunwhale -ex 'target extended-remote :3333'", "", lo=17, w=1),
    pool_cmd("alr update", "Nothing to update.", w=1),
    pool_cmd("alr toolchain", "CRATE          VERSION  STATUS\ngnat_arm_elf   13.2.1   Default\ngprbuild       22.0.1   Default", hi=35, w=1),
    pool_cmd("alr toolchain", "CRATE          VERSION  STATUS\ngnat_arm_elf   14.1.3   Default\ngprbuild       22.0.1   Default", lo=36, w=1),
    pool_cmd("python3 tools/pull_finishes.py --port /dev/ttyACM0", "pulled 23 finishes -> finishes.csv", lo=12, hi=54, w=1),
    pool_cmd("ls -l bin/", "", w=1),
    pool_cmd("dmesg | tail -3", "[ 8123.44] usb 1-2: new full-speed USB device number 9 using xhci_hcd\n[ 8123.60] cdc_acm 1-2:1.0: ttyACM0: USB ACM device", w=1),
]
