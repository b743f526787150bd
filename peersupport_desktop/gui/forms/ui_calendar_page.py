# Generated from ui/calendar_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage: Any) -> None:
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.layout = QVBoxLayout(CalendarPage)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.previousButton = QPushButton(CalendarPage)
        self.previousButton.setObjectName(u"previousButton")

        self.toolbar.addWidget(self.previousButton)

        self.todayButton = QPushButton(CalendarPage)
        self.todayButton.setObjectName(u"todayButton")

        self.toolbar.addWidget(self.todayButton)

        self.nextButton = QPushButton(CalendarPage)
        self.nextButton.setObjectName(u"nextButton")

        self.toolbar.addWidget(self.nextButton)

        self.titleLabel = QLabel(CalendarPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.toolbar.addWidget(self.titleLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.monthRadio = QRadioButton(CalendarPage)
        self.monthRadio.setObjectName(u"monthRadio")
        self.monthRadio.setChecked(True)

        self.toolbar.addWidget(self.monthRadio)

        self.weekRadio = QRadioButton(CalendarPage)
        self.weekRadio.setObjectName(u"weekRadio")

        self.toolbar.addWidget(self.weekRadio)

        self.supporterLabel = QLabel(CalendarPage)
        self.supporterLabel.setObjectName(u"supporterLabel")

        self.toolbar.addWidget(self.supporterLabel)

        self.supporterCombo = QComboBox(CalendarPage)
        self.supporterCombo.setObjectName(u"supporterCombo")

        self.toolbar.addWidget(self.supporterCombo)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(CalendarPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.calendarHost = QWidget(self.splitter)
        self.calendarHost.setObjectName(u"calendarHost")
        self.splitter.addWidget(self.calendarHost)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.freeTitle = QLabel(self.sidePanel)
        self.freeTitle.setObjectName(u"freeTitle")
        self.freeTitle.setWordWrap(True)

        self.sideLayout.addWidget(self.freeTitle)

        self.freeList = QListWidget(self.sidePanel)
        self.freeList.setObjectName(u"freeList")

        self.sideLayout.addWidget(self.freeList)

        self.onCallLabel = QLabel(self.sidePanel)
        self.onCallLabel.setObjectName(u"onCallLabel")
        self.onCallLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.onCallLabel)

        self.availabilityButton = QPushButton(self.sidePanel)
        self.availabilityButton.setObjectName(u"availabilityButton")

        self.sideLayout.addWidget(self.availabilityButton)

        self.refresherLabel = QLabel(self.sidePanel)
        self.refresherLabel.setObjectName(u"refresherLabel")
        self.refresherLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.refresherLabel)

        self.onCallButton = QPushButton(self.sidePanel)
        self.onCallButton.setObjectName(u"onCallButton")

        self.sideLayout.addWidget(self.onCallButton)

        self.exportRotationButton = QPushButton(self.sidePanel)
        self.exportRotationButton.setObjectName(u"exportRotationButton")

        self.sideLayout.addWidget(self.exportRotationButton)

        self.splitter.addWidget(self.sidePanel)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.supporterLabel.setBuddy(self.supporterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.monthRadio)
        QWidget.setTabOrder(self.monthRadio, self.weekRadio)
        QWidget.setTabOrder(self.weekRadio, self.supporterCombo)
        QWidget.setTabOrder(self.supporterCombo, self.freeList)
        QWidget.setTabOrder(self.freeList, self.availabilityButton)
        QWidget.setTabOrder(self.availabilityButton, self.onCallButton)
        QWidget.setTabOrder(self.onCallButton, self.exportRotationButton)

        self.retranslateUi(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage: Any) -> None:
        self.previousButton.setText(QCoreApplication.translate("CalendarPage", u"\u25c0", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Previous", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Previous (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Go back to the period that holds today.", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("CalendarPage", u"T&oday", None))
        self.nextButton.setText(QCoreApplication.translate("CalendarPage", u"\u25b6", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Next", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Next (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.monthRadio.setToolTip(QCoreApplication.translate("CalendarPage", u"Show a whole month at a time.", None))
#endif // QT_CONFIG(tooltip)
        self.monthRadio.setText(QCoreApplication.translate("CalendarPage", u"&Month", None))
#if QT_CONFIG(tooltip)
        self.weekRadio.setToolTip(QCoreApplication.translate("CalendarPage", u"Show one week at a time, hour by hour.", None))
#endif // QT_CONFIG(tooltip)
        self.weekRadio.setText(QCoreApplication.translate("CalendarPage", u"&Week", None))
        self.supporterLabel.setText(QCoreApplication.translate("CalendarPage", u"Su&pporter:", None))
#if QT_CONFIG(tooltip)
        self.supporterCombo.setToolTip(QCoreApplication.translate("CalendarPage", u"Show one supporter's availability, or everyone's.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supporterCombo.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Show one supporter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.freeList.setToolTip(QCoreApplication.translate("CalendarPage", u"The supporters free at the chosen time, and the follow-ups due that day.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.freeList.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Who is free then", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.availabilityButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Change when the chosen supporter is free.", None))
#endif // QT_CONFIG(tooltip)
        self.availabilityButton.setText(QCoreApplication.translate("CalendarPage", u"Edit &availability\u2026", None))
#if QT_CONFIG(accessibility)
        self.refresherLabel.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Refresher training warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.onCallButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Put the chosen supporter first on call for the chosen week.", None))
#endif // QT_CONFIG(tooltip)
        self.onCallButton.setText(QCoreApplication.translate("CalendarPage", u"Make first &call this week", None))
#if QT_CONFIG(tooltip)
        self.exportRotationButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Save the on-call rotation shown as a calendar file.", None))
#endif // QT_CONFIG(tooltip)
        self.exportRotationButton.setText(QCoreApplication.translate("CalendarPage", u"E&xport on-call rotation\u2026", None))
        pass
    # retranslateUi

