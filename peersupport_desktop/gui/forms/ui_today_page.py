# Generated from ui/today_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage: Any) -> None:
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.layout = QVBoxLayout(TodayPage)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(TodayPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.layout.addWidget(self.pageTitle)

        self.queueTitle = QLabel(TodayPage)
        self.queueTitle.setObjectName(u"queueTitle")

        self.layout.addWidget(self.queueTitle)

        self.queueView = QTableView(TodayPage)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.queueView)

        self.followUpTitle = QLabel(TodayPage)
        self.followUpTitle.setObjectName(u"followUpTitle")

        self.layout.addWidget(self.followUpTitle)

        self.followUpView = QTableView(TodayPage)
        self.followUpView.setObjectName(u"followUpView")
        self.followUpView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.followUpView)

        self.anniversaryTitle = QLabel(TodayPage)
        self.anniversaryTitle.setObjectName(u"anniversaryTitle")

        self.layout.addWidget(self.anniversaryTitle)

        self.anniversaryView = QTableView(TodayPage)
        self.anniversaryView.setObjectName(u"anniversaryView")
        self.anniversaryView.setMaximumSize(QSize(16777215, 140))
        self.anniversaryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.anniversaryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.anniversaryView)

        self.statusTitle = QLabel(TodayPage)
        self.statusTitle.setObjectName(u"statusTitle")

        self.layout.addWidget(self.statusTitle)

        self.byStatusLabel = QLabel(TodayPage)
        self.byStatusLabel.setObjectName(u"byStatusLabel")
        self.byStatusLabel.setWordWrap(True)

        self.layout.addWidget(self.byStatusLabel)

        self.freeTitle = QLabel(TodayPage)
        self.freeTitle.setObjectName(u"freeTitle")

        self.layout.addWidget(self.freeTitle)

        self.freeNowLabel = QLabel(TodayPage)
        self.freeNowLabel.setObjectName(u"freeNowLabel")
        self.freeNowLabel.setWordWrap(True)

        self.layout.addWidget(self.freeNowLabel)

        self.watchTitle = QLabel(TodayPage)
        self.watchTitle.setObjectName(u"watchTitle")

        self.layout.addWidget(self.watchTitle)

        self.watchLabel = QLabel(TodayPage)
        self.watchLabel.setObjectName(u"watchLabel")
        self.watchLabel.setWordWrap(True)

        self.layout.addWidget(self.watchLabel)

        QWidget.setTabOrder(self.queueView, self.followUpView)
        QWidget.setTabOrder(self.followUpView, self.anniversaryView)

        self.retranslateUi(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage: Any) -> None:
        self.pageTitle.setText(QCoreApplication.translate("TodayPage", u"Today", None))
        self.queueTitle.setText(QCoreApplication.translate("TodayPage", u"Awaiting outreach", None))
#if QT_CONFIG(tooltip)
        self.queueView.setToolTip(QCoreApplication.translate("TodayPage", u"Cases nobody has reached out to yet, the most urgent first; press Enter to open one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.queueView.setAccessibleName(QCoreApplication.translate("TodayPage", u"Cases awaiting outreach", None))
#endif // QT_CONFIG(accessibility)
        self.followUpTitle.setText(QCoreApplication.translate("TodayPage", u"Follow-ups due this week", None))
#if QT_CONFIG(tooltip)
        self.followUpView.setToolTip(QCoreApplication.translate("TodayPage", u"Open cases with a follow-up due this week or overdue; press Enter to open one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.followUpView.setAccessibleName(QCoreApplication.translate("TodayPage", u"Follow-ups due this week", None))
#endif // QT_CONFIG(accessibility)
        self.anniversaryTitle.setText(QCoreApplication.translate("TodayPage", u"First anniversaries ahead", None))
#if QT_CONFIG(tooltip)
        self.anniversaryView.setToolTip(QCoreApplication.translate("TodayPage", u"Cases whose serious event turns a year old soon, a time to reach out again; press Enter to open one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.anniversaryView.setAccessibleName(QCoreApplication.translate("TodayPage", u"First anniversaries of serious events ahead", None))
#endif // QT_CONFIG(accessibility)
        self.statusTitle.setText(QCoreApplication.translate("TodayPage", u"Open cases by status", None))
        self.freeTitle.setText(QCoreApplication.translate("TodayPage", u"Supporters available now", None))
        self.watchTitle.setText(QCoreApplication.translate("TodayPage", u"Event notices from the watch folder", None))
        pass
    # retranslateUi

