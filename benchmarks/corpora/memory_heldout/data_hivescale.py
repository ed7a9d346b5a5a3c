"""hivescale-fw: Rust/embassy firmware for a LoRaWAN beehive scale (STM32WLE5, HX711, SHT40).

Hand-written facts, questions and fillers. Days of fact records are chosen by hand.
"""
from authoring import Project

P = Project("hivescale-fw", "hive", "~/src/hivescale-fw")
ELF = "target/thumbv7em-none-eabi/release/hivescale"

# =====================================================================
# paraphrase
# =====================================================================
P.note("hive.drift", 12,
       "HX711 drift: raw counts creep by roughly 40 g per °C once the enclosure sits in full sun. "
       "Fridge test (4 °C vs 24 °C, same 10 kg reference) says it's the load cell itself, not the ADC. "
       "Fix: linear coefficient from the SHT40 temperature applied before averaging; the coefficient is "
       "stored next to the calibration factor.")
P.note("hive.drift.d", 29,
       "Hive weight on hot afternoons drops 1-1.5 kg for real: the foragers are out. Don't 'correct' that "
       "dip in the dashboard, it's exactly the signal the beekeepers want to see.")
P.q("paraphrase", "Why did the hive weight wander on hot afternoons, and how did we correct it?",
    ["hive.drift"], distractors=["hive.drift.d"],
    note="The drift note explains the temperature-dependent creep of the load cell and the SHT40-based compensation.")

P.commit("hive.sleep", 20,
         "Put the SubGHz radio to sleep between uplinks and gate the HX711 supply; idle draw 1.9 mA -> 2.1 µA",
         ["M src/radio.rs", "M src/scale.rs", "M src/main.rs"])
P.note("hive.sleep.d", 19,
       "Battery drain bench test with the PPK2 while transmitting at SF12: 38 mA peak for about 1.3 s per "
       "uplink. Need the numbers between transmissions next.")
P.q("paraphrase", "How did we get the battery drain down when nothing is being transmitted?",
    ["hive.sleep"], distractors=["hive.sleep.d"],
    note="The commit puts the radio to sleep and powers down the HX711 between uplinks, cutting idle current.")

P.chat("hive.i2c", 27,
       "User: when I unplug the SHT40 cable at runtime the whole node stops - no more uplinks, and the "
       "watchdog doesn't even fire because the executor is still alive.\n"
       "Assistant: The async I2C read is awaiting a transfer-complete interrupt that never comes while SDA is "
       "stuck low. Wrap each sensor read in `embassy_time::with_timeout(Duration::from_millis(50), ...)`; "
       "on timeout toggle SCL nine times as a GPIO to release the bus, then re-initialise the peripheral. "
       "Feed the watchdog from the main loop rather than from its own task so a stuck loop really resets.")
P.note("hive.i2c.d", 34,
       "Climate probe: SHT40 mounted under the roof, lead routed through the vent hole. It got disconnected "
       "once by propolis gumming the connector - re-seat it on every visit.", cli=True)
P.q("paraphrase", "What keeps everything from locking up if the climate probe gets disconnected mid-run?",
    ["hive.i2c"], distractors=["hive.i2c.d"],
    note="The assistant's answer adds a timeout around the sensor read plus bus recovery, so a missing SHT40 no longer hangs the node.")

P.note("hive.swarm", 33,
       "Colony split signature in the data: a sudden 1-2 kg drop within ~15 minutes around midday and no "
       "recovery by dusk. Flag it as `swarm_suspect` (bit 3 of the flags byte) so the dashboard can alert.")
P.note("hive.swarm.d", 39,
       "Apiary visit: hive-03 queen spotted, fresh eggs, half the frames capped. Bees calm, no queen cells.")
P.q("paraphrase", "How can we tell that half the bees have flown off with the queen?",
    ["hive.swarm"], distractors=["hive.swarm.d"],
    note="A swarm is the colony splitting; the note gives the weight signature and the swarm_suspect flag.")

P.commit("hive.session", 41,
         "Keep the LoRaWAN session (DevAddr, NwkSKey/AppSKey, FCnt) in flash; skip the OTAA join after a "
         "brownout reset",
         ["M src/storage.rs", "M src/lorawan.rs", "M src/main.rs"])
P.chat("hive.session.d", 36,
       "User: the board restarts when the cells sag under the TX burst - is that the regulator?\n"
       "Assistant: It's a brownout. A +14 dBm transmission pulls ~40 mA for over a second; add a 470 µF "
       "low-ESR cap close to the module and set the BOR threshold to level 1 so it resets cleanly instead of "
       "glitching.", via="cursor")
P.q("paraphrase", "After the cells sag and the board restarts, why doesn't it have to go through the network handshake again?",
    ["hive.session"], distractors=["hive.session.d"],
    note="The handshake is the OTAA join; the commit persists the session keys and frame counter so it is skipped after a brownout.")

P.edit("hive.memx", 15, "memory.x",
       "Move FLASH ORIGIN to 0x08008000 and LENGTH to 224K; the first 32K now belong to embassy-boot. "
       "BOOTLOADER_STATE and DFU partitions declared at the end of flash.")
P.note("hive.memx.d", 16,
       "OTA wishlist: a full app update over LoRa would take hours at SF9, so the loader should only ever "
       "accept USB DFU images. Chip has 256K of flash, keep the app well under that.")
P.q("paraphrase", "At what address does our app live now that the update loader took the bottom of the chip?",
    ["hive.memx"], distractors=["hive.memx.d"],
    note="The memory.x edit moves the application's FLASH origin to 0x08008000 behind the embassy-boot bootloader.")

P.chat("hive.duty", 48,
       "User: network server drops some uplinks and the gateway log says 'duty cycle'.\n"
       "Assistant: In EU868 the g1 sub-band is limited to 1 % transmit time. At SF12 your 11-byte frame is "
       "about 1.3 s on air, so after each uplink the device must stay quiet ~130 s on that sub-band; with "
       "confirmed-uplink retries you exceed it. Rely on ADR to step down to a faster data rate, or pack "
       "several readings into one frame.", via="cursor", files=["src/lorawan.rs"])
P.note("hive.duty.d", 50,
       "Airtime cap in Europe explained to the beekeepers' club: we send a few bytes every quarter hour, "
       "nothing like a phone, so the radio rules are not a worry for them.")
P.q("paraphrase", "Why were some of our sends being thrown away, and what's the legal cap on airtime in Europe?",
    ["hive.duty"], distractors=["hive.duty.d"],
    note="The chat explains the gateway drops are EU868 duty-cycle violations and gives the 1 % limit.")

# =====================================================================
# command_fact
# =====================================================================
P.sh("hive.cur.d", 21, "probe-rs reset --chip STM32WLE5JCIx",
     "Error: Connecting to the chip was unsuccessful.\nCaused by: The core is locked or in a low-power mode.",
     exit=1)
P.sh("hive.cur", 21,
     "probe-rs run --chip STM32WLE5JCIx --connect-under-reset " + ELF,
     "WARN probe_rs::architecture::arm::core: core did not halt, retrying\n"
     "      Erasing ✔ [00:00:02] [####################] 128.00 KiB/128.00 KiB\n"
     "  Programming ✔ [00:00:04] [####################] 114.00 KiB/114.00 KiB\n"
     "    Finished in 6.12s")
P.q("command_fact", "When the chip was in its low-power state and the flasher couldn't grab it, which option made programming go through?",
    ["hive.cur"], keys=["--connect-under-reset"], distractors=["hive.cur.d"],
    note="Only the probe-rs run command shows the --connect-under-reset flag that let flashing succeed.")

P.sh("hive.size", 36, "cargo size --release -- -A",
     "hivescale  :\n"
     "section              size        addr\n"
     ".vector_table         304   0x8008000\n"
     ".text              115428   0x8008130\n"
     ".rodata             14872   0x8024414\n"
     ".data                 112  0x20000000\n"
     ".bss                 9416  0x20000070\n"
     ".uninit                 0  0x20002538\n"
     "Total              140132")
P.sh("hive.size.d", 36, "du -h " + ELF, "2.1M\t" + ELF)
P.q("command_fact", "How many bytes of machine code were in the release image the last time I looked at the section table?",
    ["hive.size"], keys=["115428"], distractors=["hive.size.d"],
    note="The cargo size output lists .text = 115428 bytes; the du output is the ELF with debug info.")

P.commit("hive.pin", 23,
         "Pin lorawan-device = \"=0.12.2\"; 0.13 reorders the EU868 join channels and our gateway only "
         "listens on 868.1-868.5",
         ["M Cargo.toml", "M Cargo.lock"])
P.chat("hive.pin.d", 25,
       "User: is the lorawan-device crate's class C support usable yet?\n"
       "Assistant: Not in the release you're on, and class C keeps the receiver open continuously - your "
       "battery budget can't afford that anyway. Stay on class A.", via="cursor", files=["Cargo.toml"])
P.q("command_fact", "Which release of the LoRaWAN MAC crate are we locked to, and what went wrong with the newer one?",
    ["hive.pin"], keys=["=0.12.2"], distractors=["hive.pin.d"],
    project=None,
    note="The commit pins lorawan-device to =0.12.2 and says 0.13 changed the join channel order.")

P.sh("hive.calib", 17, "cargo run --release --features calib-mode",
     "INFO  calib: empty = 842113 counts\n"
     "INFO  calib: loaded = 624813 counts (reference 10000 g)\n"
     "INFO  calib: factor = -21.73 counts/g, offset = 842113")
P.note("hive.calib.d", 17,
       "Reference weight: 10 kg steel block borrowed from the feed store; checked it on the post office "
       "scale (10.02 kg), close enough for the load cell test.")
P.q("command_fact", "What conversion ratio came out of the 10 kg reference test on the load cell?",
    ["hive.calib"], keys=["-21.73"], distractors=["hive.calib.d"],
    note="The calib-mode run prints factor = -21.73 counts/g.")

P.sh("hive.rx2", 43,
     "ttn-lw-cli end-devices set --application-id apiary-north --device-id hive-07 "
     "--mac-settings.rx2-data-rate-index 3 --mac-settings.rx2-frequency 869525000")
P.chat("hive.rx2.d", 42,
       "User: what is the second downlink window actually for?\n"
       "Assistant: RX2 opens one second after RX1 on a fixed frequency (869.525 MHz in EU868) and a fixed "
       "data rate. The network server falls back to it when RX1 isn't usable; both sides must agree on the "
       "RX2 settings or downlinks are lost.")
P.q("command_fact", "Which node did I change the second downlink window settings on?",
    ["hive.rx2"], keys=["hive-07"], distractors=["hive.rx2.d"],
    note="The ttn-lw-cli command sets RX2 data rate and frequency for device hive-07.")

P.sh("hive.bloat", 52, "cargo bloat --release -n 5",
     "File  .text     Size          Crate Name\n"
     "1.9%   8.1%   9.4KiB lorawan_device lorawan_device::mac::Mac::handle_rx\n"
     "1.2%   5.0%   5.8KiB      hivescale hivescale::____embassy_main_task::{{closure}}\n"
     "0.9%   3.9%   4.5KiB       lora_phy lora_phy::LoRa<RK,DLY>::prepare_for_tx\n"
     "0.7%   2.9%   3.4KiB  embassy_stm32 embassy_stm32::i2c::v2::I2c<M>::read_blocking_internal\n"
     "0.6%   2.5%   2.9KiB           core core::fmt::write\n"
     "24.0% 100.0% 116.1KiB              .text section size, the file size is 490.2KiB")
P.sh("hive.bloat.d", 52, "cargo bloat --release --crates -n 5",
     "File  .text     Size Crate\n"
     "6.1%  26.0%  30.2KiB lorawan_device\n"
     "4.4%  18.7%  21.7KiB embassy_stm32\n"
     "3.9%  16.5%  19.2KiB hivescale\n"
     "2.2%   9.4%  10.9KiB lora_phy\n"
     "1.8%   7.6%   8.8KiB core\n"
     "24.0% 100.0% 116.1KiB .text section size, the file size is 490.2KiB")
P.q("command_fact", "What single routine takes up the most flash in the firmware?",
    ["hive.bloat"], keys=["handle_rx"], distractors=["hive.bloat.d"],
    note="cargo bloat lists lorawan_device::mac::Mac::handle_rx as the largest function (9.4 KiB).")

# =====================================================================
# knowledge_update
# =====================================================================
P.note("hive.int.1", 5, "Uplink interval: every 10 minutes; sample the scale right before the radio transmits.", cli=True)
P.commit("hive.int.2", 24, "Uplink interval 10 -> 30 minutes to stretch the AA cells", ["M src/config.rs"])
P.note("hive.int.3", 47,
       "Uplink interval is now 15 minutes (UPLINK_PERIOD = 900 s). 30 was too coarse to see a swarm leave "
       "or the foragers come back in the evening; the solar panel covers the extra airtime.")
P.q("knowledge_update", "How often does a hive node send its reading?",
    ["hive.int.3"], outdated=["hive.int.1", "hive.int.2"],
    note="Interval went 10 -> 30 -> 15 minutes; the day-47 note is the current value.")

P.commit("hive.filt.1", 8, "HX711: average 16 consecutive samples per reading", ["M src/scale.rs"])
P.commit("hive.filt.2", 30,
         "HX711: take the median of 9 samples instead of averaging 16 - bees landing on the entrance board "
         "caused spikes",
         ["M src/scale.rs", "M hivescale-core/src/filter.rs"])
P.q("knowledge_update", "How are the raw load-cell samples combined into one weight value?",
    ["hive.filt.2"], outdated=["hive.filt.1"],
    note="Mean of 16 was replaced by median of 9 on day 30.")

P.commit("hive.dr.1", 10, "Data rate: fixed SF9 / 125 kHz (DR3) with ADR off while we map range across the apiary",
         ["M src/lorawan.rs", "M src/config.rs"])
P.note("hive.dr.2", 38,
       "Data rate: ADR is on now. Nodes join at DR0 (SF12) and the network server lowers the spreading factor "
       "per node; the far row settles at SF10, the near row at SF7.")
P.q("knowledge_update", "What spreading factor do the nodes transmit with?",
    ["hive.dr.2"], outdated=["hive.dr.1"],
    note="Fixed SF9 was replaced by ADR starting at SF12 on day 38.")

P.note("hive.pwr.1", 3,
       "Power: 3xAA lithium cells in the lid holder. Back-of-envelope says ~6 months at 10-minute uplinks.")
P.note("hive.pwr.2", 35,
       "Power: AA holder removed. One 18650 Li-ion cell plus a 1 W solar panel on the lid, CN3791 MPPT "
       "charger; battery mV goes out in every uplink.")
P.q("knowledge_update", "What powers a scale node out in the field?",
    ["hive.pwr.2"], outdated=["hive.pwr.1"],
    note="The AA pack was replaced by an 18650 + solar panel on day 35.")

P.edit("hive.log.1", 6, ".cargo/config.toml",
       "[env] DEFMT_LOG = \"debug\" so every driver logs during bring-up.")
P.edit("hive.log.2", 40, ".cargo/config.toml",
       "[env] DEFMT_LOG = \"info\"; debug level is only compiled in with `--features verbose` "
       "(saves ~9 KB of format strings).")
P.q("knowledge_update", "Which defmt log level do our builds use by default?",
    ["hive.log.2"], outdated=["hive.log.1"],
    note="DEFMT_LOG went from debug to info on day 40.")

P.note("hive.tare.1", 18,
       "Taring: hold the BOOT button for 3 s with the empty hive body on the scale; the LED double-blinks "
       "when the offset is saved.")
P.commit("hive.tare.2", 44,
         "Taring is now a downlink: FPort 10 payload 0x54 zeroes the scale remotely; BOOT-button tare removed",
         ["M src/lorawan.rs", "M src/scale.rs", "M src/buttons.rs"])
P.q("knowledge_update", "How do we zero the scale after swapping a hive body?",
    ["hive.tare.2"], outdated=["hive.tare.1"],
    note="Button tare was replaced by the FPort 10 downlink on day 44.")

# =====================================================================
# first_attempt
# =====================================================================
P.commit("hive.fw.1", 1,
         "Initial skeleton: stm32wlxx-hal + RTIC 1.1, blinky and SubGHz SPI bring-up",
         ["A Cargo.toml", "A src/main.rs", "A src/app.rs", "A memory.x", "A .cargo/config.toml"])
P.commit("hive.fw.2", 9,
         "Port from RTIC to embassy-executor + embassy-stm32; radio driven by lora-phy async",
         ["M Cargo.toml", "M src/main.rs", "A src/radio.rs", "D src/app.rs"])
P.q("first_attempt", "Which HAL and scheduler did the very first firmware skeleton use?",
    ["hive.fw.1"], outdated=["hive.fw.2"],
    note="Day 1 skeleton used stm32wlxx-hal + RTIC; the embassy port came on day 9.")

P.note("hive.adc.1", 2,
       "Load cell front end, attempt 1: NAU7802 breakout on I2C1 (0x2A), 24-bit, its internal LDO at 3.3 V.")
P.note("hive.adc.2", 11,
       "Load cell front end is an HX711 now (bit-banged on PB3/PB4, 10 SPS). The NAU7802 NAKed after every "
       "brownout and needed a full re-init.")
P.q("first_attempt", "Which amplifier chip did we try first for the load cell?",
    ["hive.adc.1"], outdated=["hive.adc.2"],
    note="NAU7802 was attempt 1; the HX711 replaced it on day 11.")

P.commit("hive.store.1", 13,
         "Persist calibration and DevNonce by erasing/writing the last flash page by hand (0x0803F800)",
         ["A src/storage.rs", "M src/main.rs"])
P.commit("hive.store.2", 22,
         "Replace the hand-rolled last-page storage with a sequential-storage map over two pages (wear levelling)",
         ["M src/storage.rs", "M Cargo.toml"])
P.q("first_attempt", "How did we originally keep calibration values across reboots?",
    ["hive.store.1"], outdated=["hive.store.2", "hive.session"],
    note="First approach: raw erase/write of the last flash page; sequential-storage came later, and the day-41 session-in-flash commit is later still.")

P.note("hive.ant.1", 16,
       "Antenna: the module's on-board PCB antenna for now. Far hive row reaches the gateway at about -118 dBm RSSI.")
P.note("hive.ant.2", 26,
       "Antenna: rev B boards take an external 868 MHz whip on u.FL; +9 dB at the far row compared with the "
       "PCB antenna.")
P.q("first_attempt", "What antenna did the first boards use?",
    ["hive.ant.1"], outdated=["hive.ant.2"],
    note="On-board PCB antenna first; external whip added on day 26.")

P.commit("hive.pay.1", 4,
         "First uplink payload: ASCII 'w=<grams>;t=<deci-C>;h=<pct>' on FPort 1",
         ["A src/payload.rs", "M src/main.rs"])
P.commit("hive.pay.2", 14,
         "Payload: switch to CayenneLPP (analog input for grams/10, temperature, humidity channels)",
         ["M src/payload.rs", "M Cargo.toml"])
P.commit("hive.pay.3", 31,
         "Payload: custom 11-byte packed frame (u24 grams, i16 temp, u8 hum, u16 battery mV, u8 flags, u16 seq)",
         ["M src/payload.rs", "A tools/decode_payload.py"])
P.q("first_attempt", "What encoding did the uplink use at the very beginning?",
    ["hive.pay.1"], outdated=["hive.pay.2", "hive.pay.3"],
    project=None,
    note="ASCII key=value on day 4, then CayenneLPP (day 14), then the packed frame (day 31).")

P.note("hive.flash.1", 0,
       "Flashing for now: cheap ST-LINK V2 clone + openocd (interface/stlink.cfg, target/stm32wlx.cfg), then "
       "`load` from arm-none-eabi-gdb. Slow but works.", cli=True)
P.commit("hive.flash.2", 7,
         "Flash and log through probe-rs (runner in .cargo/config.toml); drop openocd.cfg and the gdb script",
         ["M .cargo/config.toml", "D openocd.cfg", "D flash.gdb"])
P.q("first_attempt", "Before probe-rs, how was I getting firmware onto the board?",
    ["hive.flash.1"], outdated=["hive.flash.2"],
    note="Day 0 note: ST-LINK clone + openocd + gdb; probe-rs replaced it on day 7.")

# =====================================================================
# fillers
# =====================================================================
P.cmd("cargo build --release", w=4)
P.cmd("cargo build --release",
      "   Compiling hivescale v0.3.0 (/home/dev/src/hivescale-fw)\n"
      "    Finished `release` profile [optimized + debuginfo] target(s) in 14.82s", w=2)
P.cmd("cargo build --release",
      "error[E0382]: borrow of moved value: `spi`\n  --> src/radio.rs:88:21\n"
      "error: could not compile `hivescale` (bin \"hivescale\") due to 1 previous error",
      exit=101, lo=9, hi=20)
P.cmd("cargo run --release", w=3, lo=7)
P.cmd("cargo run --release",
      "    Finished in 3.41s\nINFO  hivescale boot, reset cause: PowerOn\n"
      "INFO  lorawan: join accepted, DevAddr 260B1F4C", lo=9, w=2)
P.cmd("cargo run --release",
      "INFO  hivescale boot, reset cause: Brownout\nINFO  lorawan: join request sent (DevNonce 118)",
      lo=11, hi=40)
P.cmd("cargo clippy --target thumbv7em-none-eabi -- -D warnings", w=2)
P.cmd("cargo clippy --target thumbv7em-none-eabi -- -D warnings",
      "warning: this loop could be written as a `for` loop\n  --> src/payload.rs:41:5\n"
      "error: could not compile `hivescale` due to 1 previous error", exit=101, hi=30)
P.cmd("cargo fmt --check")
P.cmd("cargo fmt")
P.cmd("git status", w=3)
P.cmd("git pull --rebase", w=2)
P.cmd("git log --oneline -5", w=2)
P.cmd("git diff --stat")
P.cmd("git push origin main")
P.cmd("probe-rs list",
      "The following debug probes were found:\n[0]: STLINK-V3 -- 0483:374e:002A00403132510F34333639 (ST-LINK)",
      lo=7)
P.cmd("probe-rs reset --chip STM32WLE5JCIx", lo=7)
P.cmd("probe-rs info", "Probing target via SWD\n ARM Chip with debug port Default:\n  Cortex-M4 r0p1", lo=7)
P.cmd("openocd -f interface/stlink.cfg -f target/stm32wlx.cfg", hi=6, w=2)
P.cmd("arm-none-eabi-gdb -x flash.gdb " + ELF, hi=6)
P.cmd("cargo test -p hivescale-core", "test result: ok. 23 passed; 0 failed; 0 ignored", lo=14)
P.cmd("cargo test -p hivescale-core", lo=14, w=2)
P.cmd("picocom -b 115200 /dev/ttyACM0")
P.cmd("ls /dev/ttyACM*", "/dev/ttyACM0")
P.cmd("cargo tree -i embassy-time", lo=9)
P.cmd("rg -n 'unwrap\\(\\)' src/ | wc -l", "17")
P.cmd("rg TODO src/")
P.cmd("ttn-lw-cli end-devices list --application-id apiary-north",
      "hive-01  70B3D57ED0061A01\nhive-02  70B3D57ED0061A02\nhive-03  70B3D57ED0061A03\n"
      "hive-04  70B3D57ED0061A04\nhive-05  70B3D57ED0061A05\nhive-06  70B3D57ED0061A06", lo=10, hi=42)
P.cmd("ttn-lw-cli end-devices get --application-id apiary-north --device-id hive-03 --mac-state", lo=10)
P.cmd("ttn-lw-cli login", lo=10)
P.cmd("mosquitto_sub -h tts.example.com -p 8883 --capath /etc/ssl/certs "
      "-t 'v3/apiary-north@tts/devices/+/up' -u apiary-north@tts -v", lo=10, w=2)
P.cmd("python3 tools/decode_payload.py 00a1f300e7520f9100002a",
      "grams=41459 temp=23.1C hum=82% batt=3985mV flags=0x00 seq=42", lo=35)
P.cmd("kicad-cli sch export bom hw/hivescale.kicad_sch -o hw/bom.csv")
P.cmd("cargo doc --no-deps --open")
P.cmd("cargo build --release --features verbose", lo=40)
P.cmd("defmt-print -e " + ELF + " < /tmp/rtt.bin", lo=7)
P.cmd("code .")
P.cmd("rustup update stable")

P.commit(None, None, "Add SHT40 driver with CRC-8 check on every read", ["A src/sht40.rs", "M src/main.rs"], lo=5, hi=12)
P.commit(None, None, "Status LED patterns: joining, tx, error", ["A src/led.rs", "M src/main.rs"], lo=3, hi=15)
P.commit(None, None, "Read battery voltage via ADC with VREFINT calibration", ["A src/battery.rs", "M src/main.rs"], lo=12, hi=30)
P.commit(None, None, "README: wiring table for HX711 and SHT40", ["M README.md"], lo=11)
P.commit(None, None, "Fix clippy::needless_range_loop in payload encoder", ["M src/payload.rs"], lo=14)
P.commit(None, None, "Bump embassy-stm32 and embassy-time to git rev 3f6c1b2", ["M Cargo.toml", "M Cargo.lock"], lo=10)
P.commit(None, None, "Host tests for the payload encoder in hivescale-core",
         ["A hivescale-core/tests/payload.rs", "M hivescale-core/src/lib.rs"], lo=14)
P.commit(None, None, "Move config constants into a Config struct with defaults", ["M src/config.rs", "M src/main.rs"])
P.commit(None, None, "Watchdog: IWDG at 8 s, fed from the main loop", ["M src/main.rs"], lo=28)
P.commit(None, None, "KiCad rev B: external antenna footprint, SWD test pads",
         ["M hw/hivescale.kicad_pcb", "M hw/hivescale.kicad_sch"], lo=20)
P.commit(None, None, "decode_payload.py: print flag bits by name", ["M tools/decode_payload.py"], lo=33)
P.commit(None, None, "Fix off-by-one in the seq counter wrap", ["M src/payload.rs"], lo=31)
P.commit(None, None, "Document the flag bits in docs/payload.md", ["M docs/payload.md"], lo=34)
P.commit(None, None, "Remove unused defmt::Format derives", ["M src/radio.rs", "M src/scale.rs"])
P.commit(None, None, "Charger status pin: report a 'charging' flag", ["M src/battery.rs"], lo=36)
P.commit(None, None, "Release fw-v0.4.0", ["M Cargo.toml", "M CHANGELOG.md"], lo=50)

P.chat(None, None,
       "User: in embassy, can two tasks share the same SPI bus safely?\n"
       "Assistant: Put the bus behind an embassy_sync Mutex and hand each task a SpiDevice from "
       "embassy-embedded-hal's shared_bus module; each device gets its own CS pin and the mutex serialises "
       "transfers.", lo=9)
P.chat(None, None,
       "User: why does defmt print my temperature as a huge integer?\n"
       "Assistant: You're passing the raw u32 bits to `{=f32}`. Log the f32 value itself with `{}`, or keep "
       "deci-degrees as an i16 and format it on the host.", via="cursor", files=["src/sht40.rs"], lo=6)
P.chat(None, None,
       "User: join keeps failing with 'no join accept' although the gateway sees the request\n"
       "Assistant: Check the AppKey byte order (MSB in the console), make sure DevNonce increases across "
       "resets, and that RX1 for the join accept opens 5 s after the request.", lo=9, hi=20)
P.chat(None, None,
       "User: what's a sane HX711 settling time after power-up?\n"
       "Assistant: At 10 SPS the datasheet gives ~400 ms of settling; discard the first four conversions "
       "after power-up or after a gain change.", lo=11)
P.chat(None, None,
       "User: is there a KiCad footprint for the LoRa-E5 module?\n"
       "Assistant: Seeed publishes one in their library; double-check the pin 1 marker against the "
       "castellated edge before ordering boards.", lo=18)

P.note(None, None, "Apiary map: hive-01..hive-04 in the north row, 05 and 06 by the hedge; gateway (RAK7268) on the shed roof.", lo=10)
P.note(None, None, "Fleet sheet columns: unit, firmware version, load cell serial, calibration date, last visit.", cli=True, lo=17)
P.note(None, None, "Beekeepers asked for a weekly weight-gain summary during the lime-tree flow.", lo=40)
P.note(None, None, "Order list: 2x load cells (200 kg), u.FL pigtails, 18650 holders, conformal coating spray.", cli=True, lo=24)
P.note(None, None, "Idea: send a 'heartbeat only' frame at night when nothing changes - park until the interval settles.", lo=45)

P.edit(None, None, "src/scale.rs", "Extract power_up()/power_down() for the HX711 PD_SCK line.", lo=11)
P.edit(None, None, "src/radio.rs", "Add a TX_POWER_DBM = 14 constant with a comment on EU868 limits.", lo=9)
P.edit(None, None, "hivescale-core/src/filter.rs", "Unit tests for spike rejection with a bee-landing trace.", lo=30)
P.edit(None, None, "docs/payload.md", "Byte layout table for the packed frame.", via="cursor", lo=31)
P.file(None, None, "Cargo.toml",
       "[package]\nname = \"hivescale\"\nversion = \"0.3.0\"\nedition = \"2021\"\n\n[dependencies]\n"
       "embassy-executor = { version = \"0.5\", features = [\"arch-cortex-m\", \"executor-thread\"] }\n"
       "embassy-stm32 = { version = \"0.1\", features = [\"stm32wle5jc\", \"time-driver-any\"] }\n"
       "defmt = \"0.3\"\ndefmt-rtt = \"0.4\"", lo=10, hi=40)
