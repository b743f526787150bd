from peersupport_desktop.cli import main

raise SystemExit(main())
