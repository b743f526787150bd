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
    QVBoxLayout, QWidget)

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

        self.progressBar = QProgressBar(ReportsPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.viewHolder = QWidget(ReportsPage)
        self.viewHolder.setObjectName(u"viewHolder")
        self.viewLayout = QVBoxLayout(self.viewHolder)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.viewHolder)

#if QT_CONFIG(shortcut)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.editionLabel.setBuddy(self.editionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.quarterCombo, self.editionCombo)
        QWidget.setTabOrder(self.editionCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.exportButton)

        self.retranslateUi(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage: Any) -> None:
        self.pageTitle.setText(QCoreApplication.translate("ReportsPage", u"Quarterly report", None))
        self.quarterLabel.setText(QCoreApplication.translate("ReportsPage", u"&Quarter:", None))
        self.editionLabel.setText(QCoreApplication.translate("ReportsPage", u"&Edition:", None))
        self.showButton.setText(QCoreApplication.translate("ReportsPage", u"S&how", None))
        self.saveButton.setText(QCoreApplication.translate("ReportsPage", u"&Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("ReportsPage", u"&Print\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Anonymized export\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Figures or records to share, with nobody recognisable (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Producing the report", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

