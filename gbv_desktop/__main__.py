from gbv_desktop.cli import main

raise SystemExit(main())
