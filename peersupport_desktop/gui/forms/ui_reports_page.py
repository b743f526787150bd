# Generated from ui/reports_page.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage: Any) -> None:
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.layout = QVBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.pageTitle = QLabel(ReportsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.layout.addWidget(self.pageTitle)

        self.controls = QHBoxLayout()
        self.controls.setObjectName(u"controls")
        self.quarterLabel = QLabel(ReportsPage)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.controls.addWidget(self.quarterLabel)

        self.quarterCombo = QComboBox(ReportsPage)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.controls.addWidget(self.quarterCombo)

        self.editionLabel = QLabel(ReportsPage)
        self.editionLabel.setObjectName(u"editionLabel")

        self.controls.addWidget(self.editionLabel)

        self.editionCombo = QComboBox(ReportsPage)
        self.editionCombo.setObjectName(u"editionCombo")

        self.controls.addWidget(self.editionCombo)

        self.showButton = QPushButton(ReportsPage)
        self.showButton.setObjectName(u"showButton")

        self.controls.addWidget(self.showButton)

        self.saveButton = QPushButton(ReportsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.controls.addWidget(self.saveButton)

        self.printButton = QPushButton(ReportsPage)
        self.printButton.setObjectName(u"printButton")

        self.controls.addWidget(self.printButton)

        self.exportButton = QPushButton(ReportsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.controls.addWidget(self.exportButton)

        self.controlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.controlSpacer)


        self.layout.addLayout(self.controls)

        self.highlightsRow = QHBoxLayout()
        self.highlightsRow.setObjectName(u"highlightsRow")
        self.highlightsButton = QPushButton(ReportsPage)
        self.highlightsButton.setObjectName(u"highlightsButton")

        self.highlightsRow.addWidget(self.highlightsButton)

        self.highlightsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.highlightsRow.addItem(self.highlightsSpacer)


        self.layout.addLayout(self.highlightsRow)

        self.progressBar = QProgressBar(ReportsPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.viewControls = QHBoxLayout()
        self.viewControls.setObjectName(u"viewControls")
        self.previousPageButton = QToolButton(ReportsPage)
        self.previousPageButton.setObjectName(u"previousPageButton")
        self.previousPageButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.viewControls.addWidget(self.previousPageButton)

        self.pageLabel = QLabel(ReportsPage)
        self.pageLabel.setObjectName(u"pageLabel")

        self.viewControls.addWidget(self.pageLabel)

        self.nextPageButton = QToolButton(ReportsPage)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.viewControls.addWidget(self.nextPageButton)

        self.viewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewControls.addItem(self.viewSpacer)

        self.zoomOutButton = QToolButton(ReportsPage)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.viewControls.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(ReportsPage)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.viewControls.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(ReportsPage)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.viewControls.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(ReportsPage)
        self.fitWidthButton.setObjectName(u"fitWidthButton")

        self.viewControls.addWidget(self.fitWidthButton)

        self.fitPageButton = QToolButton(ReportsPage)
        self.fitPageButton.setObjectName(u"fitPageButton")

        self.viewControls.addWidget(self.fitPageButton)


        self.layout.addLayout(self.viewControls)

        self.viewHolder = QWidget(ReportsPage)
        self.viewHolder.setObjectName(u"viewHolder")
        self.viewLayout = QVBoxLayout(self.viewHolder)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)
        self.hintLabel = QLabel(self.viewHolder)
        self.hintLabel.setObjectName(u"hintLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy)
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.hintLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.hintLabel)


        self.layout.addWidget(self.viewHolder)

#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.editionLabel.setBuddy(self.editionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarterCombo, self.highlightsButton)
        QWidget.setTabOrder(self.highlightsButton, self.editionCombo)
        QWidget.setTabOrder(self.editionCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.previousPageButton)
        QWidget.setTabOrder(self.previousPageButton, self.nextPageButton)
        QWidget.setTabOrder(self.nextPageButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.fitPageButton)

        self.retranslateUi(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage: Any) -> None:
        self.pageTitle.setText(QCoreApplication.translate("ReportsPage", u"Quarterly report", None))
        self.quarterLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quarter:", None))
#if QT_CONFIG(tooltip)
        self.quarterCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"The quarter the report covers.", None))
#endif // QT_CONFIG(tooltip)
        self.editionLabel.setText(QCoreApplication.translate("ReportsPage", u"E&dition:", None))
#if QT_CONFIG(tooltip)
        self.editionCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Who the report is for: leadership, or the program itself.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Make the report and show its pages here.", None))
#endif // QT_CONFIG(tooltip)
        self.showButton.setText(QCoreApplication.translate("ReportsPage", u"Sh&ow", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report shown as a PDF file.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Print the report shown (Ctrl+P).", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Anonymized export\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Figures or records to share, with nobody recognisable (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.highlightsButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Write a few words on the quarter, printed after the report's cover.", None))
#endif // QT_CONFIG(tooltip)
        self.highlightsButton.setText(QCoreApplication.translate("ReportsPage", u"H&ighlights\u2026", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Producing the report", None))
#endif // QT_CONFIG(accessibility)
        self.previousPageButton.setText(QCoreApplication.translate("ReportsPage", u"\u25c0 Previous page", None))
#if QT_CONFIG(accessibility)
        self.previousPageButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previousPageButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Go to the previous page of the report", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Page shown", None))
#endif // QT_CONFIG(accessibility)
        self.nextPageButton.setText(QCoreApplication.translate("ReportsPage", u"Next page \u25b6", None))
#if QT_CONFIG(accessibility)
        self.nextPageButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Next page", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Go to the next page of the report", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("ReportsPage", u"\u2212", None))
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("ReportsPage", u"+", None))
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("ReportsPage", u"Fit width", None))
#if QT_CONFIG(accessibility)
        self.fitWidthButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Fit the page's width to the window", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Show each page as wide as the window", None))
#endif // QT_CONFIG(tooltip)
        self.fitPageButton.setText(QCoreApplication.translate("ReportsPage", u"Fit page", None))
#if QT_CONFIG(accessibility)
        self.fitPageButton.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Fit a whole page in the window", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fitPageButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Show a whole page at once", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("ReportsPage", u"How to make a report", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("ReportsPage", u"The quarterly report sums up the program's work for a quarter: referrals, how soon people were reached and the support given. Choose a quarter and an edition, then press Show: the pages appear here, to read, print or save as a PDF.\n"
"\n"
"The leadership edition is the one to share: it hides small numbers and never names anyone. The internal edition is exact and shows each supporter's workload: keep it within the program.", None))
        pass
    # retranslateUi

